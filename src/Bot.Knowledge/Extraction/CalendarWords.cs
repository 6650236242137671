namespace Bot.Knowledge.Extraction;

/// <summary>Month names and small number words in English, Russian, Bulgarian and Kazakh, as news texts spell them.</summary>
public static class CalendarWords
{
    static readonly string[][] MonthForms =
    [
        ["january", "jan", "январь", "января", "январе", "януари", "қаңтар", "қаңтардағы"],
        ["february", "feb", "февраль", "февраля", "феврале", "февруари", "ақпан"],
        ["march", "mar", "март", "марта", "марте", "наурыз"],
        ["april", "apr", "апрель", "апреля", "апреле", "април", "сәуір"],
        ["may", "май", "мая", "мае", "мамыр"],
        ["june", "jun", "июнь", "июня", "июне", "юни", "маусым"],
        ["july", "jul", "июль", "июля", "июле", "юли", "шілде"],
        ["august", "aug", "август", "августа", "августе", "тамыз"],
        ["september", "sep", "sept", "сентябрь", "сентября", "сентябре", "септември", "қыркүйек"],
        ["october", "oct", "октябрь", "октября", "октябре", "октомври", "қазан"],
        ["november", "nov", "ноябрь", "ноября", "ноябре", "ноември", "қараша"],
        ["december", "dec", "декабрь", "декабря", "декабре", "декември", "желтоқсан"],
    ];

    static readonly Dictionary<string, int> Months = BuildMonths();

    static readonly Dictionary<string, int> Numbers = new(StringComparer.Ordinal)
    {
        ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7, ["eight"] = 8,
        ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12,
        ["один"] = 1, ["одна"] = 1, ["два"] = 2, ["две"] = 2, ["двух"] = 2, ["три"] = 3, ["трех"] = 3, ["четыре"] = 4, ["четырех"] = 4,
        ["пять"] = 5, ["пяти"] = 5, ["шесть"] = 6, ["шести"] = 6, ["семь"] = 7, ["семи"] = 7, ["восемь"] = 8, ["восьми"] = 8,
        ["девять"] = 9, ["девяти"] = 9, ["десять"] = 10, ["десяти"] = 10, ["одиннадцать"] = 11, ["одиннадцати"] = 11, ["двенадцать"] = 12,
        ["едно"] = 1, ["един"] = 1, ["четири"] = 4, ["пет"] = 5, ["шест"] = 6, ["седем"] = 7, ["осем"] = 8, ["девет"] = 9,
        ["десет"] = 10, ["единадесет"] = 11, ["дванадесет"] = 12,
        ["бір"] = 1, ["екі"] = 2, ["үш"] = 3, ["төрт"] = 4, ["бес"] = 5, ["алты"] = 6, ["жеті"] = 7, ["сегіз"] = 8, ["тоғыз"] = 9, ["он"] = 10,
    };

    static Dictionary<string, int> BuildMonths()
    {
        var d = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < MonthForms.Length; i++)
            foreach (var f in MonthForms[i]) d[f] = i + 1;
        return d;
    }

    public static int? Month(string foldedWord) => Months.TryGetValue(foldedWord, out var m) ? m : null;

    /// <summary>A small count written as digits or as a word ("4", "four", "четырех", "четири", "төрт").</summary>
    public static int? SmallNumber(string foldedWord) =>
        int.TryParse(foldedWord, out var n) ? n : Numbers.TryGetValue(foldedWord, out var w) ? w : null;

    public static string MonthPattern { get; } = string.Join('|', Months.Keys.OrderByDescending(k => k.Length));

    public static string NumberWordPattern { get; } = string.Join('|', Numbers.Keys.OrderByDescending(k => k.Length));
}
