using System.Text.RegularExpressions;
using Bot.Knowledge.Extraction;
using Bot.Knowledge.Extraction.Figures;

namespace Bot.Llm.Grounding;

/// <summary>
/// Finds numbers, percentages and money amounts in English, Russian, Bulgarian and Kazakh writing: "$375.2 million",
/// "375,2 млн долл.", "375.2 mln USD", "1 234", "12,5 %". The same reader runs over the facts and over the answer, so
/// both sides are normalised alike. Where a format is ambiguous every reading is kept: the check asks whether any fits.
/// </summary>
public static class NumberMentions
{
    // The scale words are figure-words.json's, the readings NumberParser's: the same knowledge extraction uses.
    static readonly Regex Number = new(
        @"(?<![\p{L}\p{N}_])(?<![\p{N}][.,])(?<num>\d{1,3}(?:[ \u00A0\u202F]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)*)" +
        $@"(?:\s?(?<scale>{ScaleWords.Alternation})(?![\p{{L}}]))?",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);

    public static IReadOnlyList<NumberMention> Find(string text)
    {
        var found = new List<NumberMention>();
        foreach (Match m in Number.Matches(text))
        {
            var readings = NumberParser.Readings(m.Groups["num"].Value).ToList();
            if (readings.Count == 0) continue;
            var scale = m.Groups["scale"].Success ? ScaleWords.Multiplier(m.Groups["scale"].Value) : 1;
            var values = scale == 1 ? readings : readings.Concat(readings.Select(r => r * scale)).ToList();
            found.Add(new NumberMention(m.Index, m.Length, m.Value, values));
        }
        return found;
    }
}
