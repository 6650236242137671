using System.Globalization;
using System.Text.RegularExpressions;

namespace Bot.Llm.Grounding;

/// <summary>
/// Finds numbers, percentages and money amounts in English, Russian, Bulgarian and Kazakh writing: "$375.2 million",
/// "375,2 млн долл.", "375.2 mln USD", "1 234", "12,5 %". The same reader runs over the facts and over the answer, so
/// both sides are normalised alike. Where a format is ambiguous every reading is kept: the check asks whether any fits.
/// </summary>
public static partial class NumberMentions
{
    [GeneratedRegex(
        @"(?<![\p{L}\p{N}_])(?<![\p{N}][.,])(?<num>\d{1,3}(?:[ \u00A0\u202F]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)*)" +
        @"(?:\s?(?<scale>billion|bn|milliards?|million|mln|m|thousand|k|млрд|миллиард\w*|милиард\w*|млн|миллион\w*|милион\w*|тыс|тысяч\w*|хил|хиляд\w*|мың|миллион)(?![\p{L}]))?",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Number();

    public static IReadOnlyList<NumberMention> Find(string text)
    {
        var found = new List<NumberMention>();
        foreach (Match m in Number().Matches(text))
        {
            var readings = Readings(m.Groups["num"].Value).ToList();
            if (readings.Count == 0) continue;
            var scale = Scale(m.Groups["scale"].Value);
            var values = scale == 1 ? readings : readings.Concat(readings.Select(r => r * scale)).ToList();
            found.Add(new NumberMention(m.Index, m.Length, m.Value, values));
        }
        return found;
    }

    static IEnumerable<double> Readings(string written)
    {
        var s = new string(written.Where(c => c is not (' ' or '\u00A0' or '\u202F')).ToArray());
        var separators = s.Count(c => c is ',' or '.');
        if (separators == 0)
        {
            if (Parse(s) is { } whole) yield return whole;
            yield break;
        }
        var last = s.LastIndexOfAny([',', '.']);
        var mixed = s.Contains(',') && s.Contains('.');
        if (mixed || separators > 1)
        {
            // "1,234.5", "1.234,5", "1,234,567": the last separator is decimal when mixed, thousands when repeated.
            var digits = mixed ? Remove(s[..last]) + "." + s[(last + 1)..] : Remove(s);
            if (Parse(digits) is { } v) yield return v;
            yield break;
        }
        if (Parse(s[..last] + "." + s[(last + 1)..]) is { } asDecimal) yield return asDecimal;
        // "1,234" or "1.234": English thousands or a European decimal; three digits after the mark leave both open.
        if (s.Length - last - 1 == 3 && Parse(Remove(s)) is { } asThousands) yield return asThousands;
    }

    static string Remove(string s) => s.Replace(",", "", StringComparison.Ordinal).Replace(".", "", StringComparison.Ordinal);

    static double? Parse(string s) => double.TryParse(s, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var v) ? v : null;

    static double Scale(string word)
    {
        var w = word.ToLowerInvariant();
        if (w.Length == 0) return 1;
        if (w is "billion" or "bn" or "млрд" || w.StartsWith("milliard", StringComparison.Ordinal) || w.StartsWith("миллиард", StringComparison.Ordinal) || w.StartsWith("милиард", StringComparison.Ordinal)) return 1e9;
        if (w is "thousand" or "k" or "тыс" or "хил" or "мың" || w.StartsWith("тысяч", StringComparison.Ordinal) || w.StartsWith("хиляд", StringComparison.Ordinal)) return 1e3;
        return 1e6;
    }
}
