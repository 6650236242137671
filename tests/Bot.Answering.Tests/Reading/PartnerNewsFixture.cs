using Bot.TestKit;

namespace Bot.Answering.Tests.Reading;

/// <summary>An unseeded store with a post that tells of two meetings in one sentence, after a paragraph naming the anniversary.</summary>
public sealed class PartnerNewsFixture : NewsFixture
{
    protected override void WriteNews(TempFolder files)
    {
        files.Write("jubilee-ru.md", Doc("Юбилей отношений", "2017-06-04", "ru",
            "Исполняется 25 лет со дня установления дипломатических отношений между Казахстаном и Болгарией.\n\n"
            + "Президенты Нурсултан Назарбаев и Румен Радев обменялись поздравительными посланиями. Поздравлениями обменялись и министры иностранных дел Кайрат Абдрахманов и Николай Младенов.\n\n"
            + "Заместитель министра Асхат Оразбаев принял посла Болгарии Петко Дойкова, а посол Казахстана Айдос Кемелов встретился с заместителем министра Болгарии Илияном Тодоровым."));
    }
}
