using Bot.Knowledge.Metrics;

namespace Bot.Knowledge.Extraction.Figures;

/// <summary>The cheap test that lets sentences with no digit skip figure extraction unless a number word stands in one.</summary>
internal static class FigureWordsGate
{
    // Words for one are left out: they are articles more often than counts, and counts of one are not read.
    static readonly CueMatcher<bool> NumberWord = new(
        CalendarWords.NumberWordPattern.Split('|').Where(w => CalendarWords.SmallNumber(w) >= 2).Select(w => (w, true)));

    public static bool MayCountInWords(string sentence) => NumberWord.IsMatch(sentence);
}
