using System.Text.RegularExpressions;
using Bot.Knowledge.Extraction.Figures;

namespace Bot.Knowledge.Extraction;

/// <summary>
/// Finds money amounts with their scale and currency ("$375 million", "$120mn", "375,2 млн долларов", "83 млн. долл.
/// США", "117 млн. долара", "1,2 млрд лв", "€40m"); the words are in figure-words.json.
/// </summary>
public static class MoneyFinder
{
    public sealed record Amount(int Index, int Length, double Value, string Scale, string Unit)
    {
        public int End => Index + Length;
    }

    public static List<Amount> Find(string text)
    {
        var found = new List<Amount>();
        // Every pattern needs a digit; most sentences of a news text have none worth scanning for.
        if (!HasDigit(text)) return found;
        var words = FigureWords.Default;
        var covered = new CoveredSpans(text.Length);
        foreach (var regex in new[] { words.MoneyPrefixed, words.MoneySuffixed })
            foreach (Match m in regex.Matches(text))
            {
                if (covered.Overlaps(m.Index, m.Length)) continue;
                if (NumberParser.Parse(m.Groups["num"].Value) is not { } value) continue;
                covered.Add(m.Index, m.Length);
                found.Add(new Amount(m.Index, m.Length, value, words.ScaleOf(m.Groups["scale"].Value), words.UnitOf(m.Groups["cur"].Value)));
            }
        return found.OrderBy(a => a.Index).ToList();
    }

    /// <summary>
    /// Amounts written with a scale and no currency ("…, когда он составлял 95,2 млн."), which news uses once the
    /// currency is clear; they take the given currency. Amounts overlapping <paramref name="known"/> are skipped.
    /// </summary>
    public static List<Amount> FindElliptic(string text, IReadOnlyList<Amount> known, string currency)
    {
        var found = new List<Amount>();
        var words = FigureWords.Default;
        var covered = new CoveredSpans(text.Length);
        foreach (var f in known) covered.Add(f.Index, f.Length);
        foreach (Match m in words.MoneyElliptic.Matches(text))
        {
            if (covered.Overlaps(m.Index, m.Length)) continue;
            if (NumberParser.Parse(m.Groups["num"].Value) is not { } value) continue;
            found.Add(new Amount(m.Index, m.Length, value, words.ScaleOf(m.Groups["scale"].Value), currency));
        }
        return found;
    }

    public static bool HasDigit(string text) => text.AsSpan().ContainsAnyInRange('0', '9');
}
