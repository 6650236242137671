using Bot.Knowledge.Metrics;

namespace Bot.Knowledge.Extraction.Figures;

/// <summary>
/// The cheap test that lets sentences with no digit skip figure extraction unless a number word stands in one, or a
/// scale word that may stand for one of its scale ("nearly a thousand", "около тысячи").
/// </summary>
internal static class FigureWordsGate
{
    // Words for one are left out: they are articles more often than counts, and counts of one are not read. A scale
    // word is taken with any ending, as Kazakh writes one ("мыңға жуық"); the number reader decides.
    static readonly CueMatcher<bool> NumberWord = new(
        CalendarWords.NumberWordPattern.Split('|').Where(w => CalendarWords.SmallNumber(w) >= 2)
            .Concat(FigureWords.Default.AllScales.Where(w => w.TrimEnd('*').Length > 2).Select(w => w.TrimEnd('*') + "*")).Select(w => (w, true)));

    public static bool MayCountInWords(string sentence) => NumberWord.IsMatch(sentence);
}
