using System.Globalization;

namespace Bot.Bench;

/// <summary>A Russian-language article (Kazinform, Trend and Bulgarian agencies publish in Russian too) about one story.</summary>
internal static class RussianArticle
{
    static readonly string[] Background =
    [
        "Болгария одной из первых признала независимость Казахстана 23 декабря 1991 года.",
        "Дипломатические отношения между Казахстаном и Болгарией установлены 5 июня 1992 года.",
        "В Казахстане проживает около 4,5 тысячи этнических болгар, в том числе в сёлах Болгарка, Разумовка и Андриановка.",
        "Межправительственная комиссия по экономическому сотрудничеству координирует экономические связи двух стран.",
        "В Алматы и Павлодаре работают болгарские культурные центры «Злата» и «Здравец».",
    ];

    public static (string Title, List<string> Paragraphs) Write(Random rng, CooperationWorld world, Story s, IReadOnlyDictionary<string, string> context)
    {
        var paragraphs = new List<string>();
        var dateline = $"{s.City.Ru.ToUpper(CultureInfo.GetCultureInfo("ru-RU"))}, {rng.One(RussianWords.Slots["weekday"])}.";
        string title;
        switch (s.Kind)
        {
            case StoryKind.Visit:
                var v = s.Visit!;
                title = $"{v.Host.Ru} и {v.Guest.Ru} провели переговоры в {v.City.RuIn}";
                paragraphs.Add(s.SameDay
                    ? $"{dateline} {v.Host.RoleRu} {v.Host.Ru} провёл переговоры с гостем — {v.Guest.RoleRu} {v.Guest.Ru}, находящимся с официальным визитом. Переговоры начались в узком формате и продолжились в расширенном составе."
                    : $"{dateline} {Money.DateRu(v.Date)} в {v.City.RuIn} состоялись переговоры: {v.Host.RoleRu} {v.Host.Ru} и {v.Guest.RoleRu} {v.Guest.Ru} обсудили двустороннее сотрудничество.");
                paragraphs.Add($"Стороны обсудили вопросы {string.Join(", ", v.Topics.Select(t => "о " + t.Ru))}. {v.Guest.SurnameRu} назвал Казахстан ключевым партнёром в Центральной Азии.");
                if (rng.Chance(0.7)) paragraphs.Add(Figures(rng, world, s.Published));
                if (v.Signing is { } vs) paragraphs.Add(Signed(vs, s.SameDay));
                break;
            case StoryKind.Signing:
                var g = s.Signing!;
                title = $"Казахстан и Болгария подписали {g.Items.Count} документа в {g.City.RuIn}";
                paragraphs.Add($"{dateline} В ходе {g.OccasionRu} в {g.City.RuIn} стороны подвели итоги работы, сообщает {context["source"]}.");
                paragraphs.Add(Signed(g, s.SameDay));
                break;
            case StoryKind.Project:
                var p = s.Project!;
                title = $"{p.KzCompany} и {p.BgCompany} построят объект в {p.City.RuIn}";
                paragraphs.Add($"{dateline} Компании {p.KzCompany} и {p.BgCompany} договорились о реализации проекта {p.Name} в {p.City.RuIn}. Стоимость проекта оценивается в {Money.Ru(p.Cost)}.");
                break;
            default:
                title = $"Казахстан и Болгария: {context["sector"]} и торговля";
                paragraphs.Add($"{dateline} Товарооборот между Казахстаном и Болгарией продолжает расти, сообщает {context["source"]}.");
                paragraphs.Add(Figures(rng, world, s.Published));
                break;
        }
        var length = rng.Next(7, 14);
        while (paragraphs.Count < length)
            paragraphs.Add(rng.Chance(0.12) ? string.Join(' ', rng.Several(Background, rng.Next(2, 4))) : RussianFiller.Paragraph(rng, context, rng.Next(3, 7)));
        return (title, paragraphs);
    }

    static string Figures(Random rng, CooperationWorld world, DateOnly published)
    {
        var year = Math.Max(CooperationWorld.FirstYear, published.Year - 1);
        var last = world.TradeIn(year);
        var sentences = new List<string> { $"В {year} году товарооборот между Казахстаном и Болгарией составил {Money.Ru(last.Turnover)}." };
        var current = world.TradeIn(published.Year);
        if (published.Month > current.PartMonths && rng.Chance(0.6))
            sentences.Add($"За {RussianWords.Numbers[current.PartMonths - 1]} месяца текущего года товарооборот превысил {Math.Floor(current.PartTurnover).ToString(CultureInfo.InvariantCulture)} млн долларов США.");
        if (rng.Chance(0.5))
            sentences.Add($"Экспорт Казахстана в Болгарию в {year} году составил {Money.Ru(last.Exports)}, импорт из Болгарии — {Money.Ru(last.Imports)}.");
        return string.Join(' ', sentences);
    }

    static string Signed(Signing g, bool sameDay)
    {
        var when = sameDay ? "Были подписаны" : $"{Money.DateRu(g.Date)} в {g.City.RuIn} были подписаны";
        return $"{when} следующие документы: {string.Join("; ", g.Items.Select(Item))}.";
    }

    static string Item(AgreementItem i)
    {
        var kind = i.Kind switch { "memorandum" => "меморандум о взаимопонимании", "agreement" => "соглашение", "protocol" => "протокол", "programme" => "программа сотрудничества", _ => "дорожная карта" };
        var parties = i.Subject.Field == "twinning" ? $"городами {i.PartyRu} и {i.OtherRu}" : $"{i.PartyRu} и {i.OtherRu}";
        var about = "аеиоуэ".Contains(i.Subject.Ru[0], StringComparison.Ordinal) ? "об" : "о";
        return $"{kind} между {parties} {about} {i.Subject.Ru}";
    }
}
