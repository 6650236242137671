namespace Bot.Bench;

/// <summary>Background sentences of a Russian-language article.</summary>
internal static class RussianFiller
{
    static readonly string[] Sentences =
    [
        "Компания {company} планирует построить {adj} {noun} в {region} области, где будет создано около {n} рабочих мест.",
        "Эксперты отмечают растущий спрос на поставки {product} из Казахстана на рынки {market}.",
        "В мероприятии «{event}» в городе {city} приняли участие более {n} человек.",
        "{kzperson}, {official} компании {company}, сообщил, что первая партия {product} будет отправлена до конца {year} года.",
        "{bgperson}, {official} компании {company}, отметил интерес болгарского бизнеса к сфере {sector}.",
        "Жители села {village} в {region} области сохраняют болгарские традиции, песни и кухню.",
        "По данным источника «{source}», объём производства в сфере {sector} вырос на {pct}%.",
        "Делегация также посетила {adj} {noun} и ознакомилась с проектами в сфере {sector}.",
        "Стороны обсудили логистику поставок {product} и {product} через порты Черного моря.",
        "Около {n} {people} из городов {city} и {othercity} примут участие в программах обмена.",
        "Для реализации проекта {project} выделен земельный участок в {region} области.",
        "Аналитики считают, что драйверами сотрудничества останутся сферы {sector} и {sector}.",
        "На выставке были представлены образцы {product}, {product} и {product}.",
        "Прямой чартерный рейс между городами {city} и {othercity} перевёз {n} пассажиров за летний сезон.",
    ];

    public static string Paragraph(Random rng, IReadOnlyDictionary<string, string> context, int sentences) =>
        string.Join(' ', Enumerable.Range(0, sentences).Select(_ => Template.Fill(rng, rng.One(Sentences), RussianWords.Slots, context)));
}
