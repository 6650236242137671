using System.Text.RegularExpressions;
using Bot.Knowledge.Metrics;

namespace Bot.Knowledge.Extraction.Figures;

/// <summary>The cheap test that lets sentences with no digit skip figure extraction unless a number word stands in one.</summary>
internal static class FigureWordsGate
{
    // Words for one are left out: they are articles more often than counts, and counts of one are not read.
    static readonly Regex NumberWord = new(
        $@"(?<![\p{{L}}])(?:{string.Join('|', CalendarWords.NumberWordPattern.Split('|').Where(w => CalendarWords.SmallNumber(w) >= 2))})(?![\p{{L}}])",
        CuePattern.Options | RegexOptions.Compiled);

    public static bool MayCountInWords(string sentence) => NumberWord.IsMatch(sentence);
}
