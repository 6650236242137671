using System.Text.RegularExpressions;

namespace Bot.Knowledge.Extraction;

/// <summary>Finds money amounts with their scale and currency: "$375 million", "USD 375.2 mln", "375,2 млн долларов", "83 млн. долл. США".</summary>
public static partial class MoneyFinder
{
    public sealed record Amount(int Index, int Length, double Value, string Scale, string Unit);

    const string Num = @"(?<num>\d{1,3}(?:[\s\u00A0,]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?)";
    const string ScaleWords = @"(?<scale>million|mln|m\b|billion|bn|thousand|млн|миллион\w*|милиона|милион|млрд|миллиард\w*|милиард\w*|тыс|тысяч\w*|хиляди)\.?";
    const string CurrencyAfter = @"(?<cur>US\s?dollars|dollars?|USD|\$|euros?|EUR|€|долл(?:ар\w*)?\.?(?:\s*США)?|евро|щатски\s+долара|долара|доллар\w*|тенге|tenge|KZT)";

    [GeneratedRegex($@"(?<cur>US\$|USD|\$|€|EUR)\s?{Num}(?:\s*{ScaleWords})?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Prefixed();

    [GeneratedRegex($@"(?<![\w$€]){Num}\s*(?:{ScaleWords}\s*)?{CurrencyAfter}", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Suffixed();

    public static List<Amount> Find(string text)
    {
        var found = new List<Amount>();
        // Both patterns need a digit; most sentences of a news text have none worth scanning for.
        if (!text.AsSpan().ContainsAnyInRange('0', '9') && !text.Any(char.IsDigit)) return found;
        foreach (var regex in new[] { Prefixed(), Suffixed() })
            foreach (Match m in regex.Matches(text))
            {
                if (found.Any(f => m.Index < f.Index + f.Length && f.Index < m.Index + m.Length)) continue;
                if (NumberParser.Parse(m.Groups["num"].Value) is not { } value) continue;
                found.Add(new Amount(m.Index, m.Length, value, ScaleOf(m.Groups["scale"].Value), UnitOf(m.Groups["cur"].Value)));
            }
        return found.OrderBy(a => a.Index).ToList();
    }

    static string ScaleOf(string s)
    {
        var w = s.ToLowerInvariant().TrimEnd('.');
        if (w.Length == 0) return "one";
        if (w.StartsWith('b') || w.StartsWith("млрд", StringComparison.Ordinal) || w.StartsWith("миллиард", StringComparison.Ordinal) || w.StartsWith("милиард", StringComparison.Ordinal)) return "billion";
        if (w.StartsWith("th", StringComparison.Ordinal) || w.StartsWith("тыс", StringComparison.Ordinal) || w.StartsWith("хиляд", StringComparison.Ordinal)) return "thousand";
        return "million";
    }

    static string UnitOf(string c)
    {
        var w = c.ToLowerInvariant();
        if (w.Contains('€') || w.StartsWith("eur", StringComparison.Ordinal) || w.Contains("евро")) return "EUR";
        if (w.Contains("тенге") || w.Contains("tenge") || w.Contains("kzt")) return "KZT";
        return "USD";
    }
}
