using System.Globalization;

namespace Bot.Knowledge.Extraction;

/// <summary>
/// Reads numbers as English and Russian/Bulgarian/Kazakh texts write them: "375.2", "375,2", "1,234", "1 234". The one
/// number reader: <see cref="Parse"/> takes the likeliest reading, <see cref="Readings"/> keeps every one a format
/// leaves open (for checks that ask whether any reading fits).
/// </summary>
public static class NumberParser
{
    /// <remarks>Read in a buffer of its own, without a string per step: every figure of every document ingested comes through here.</remarks>
    public static double? Parse(string text) => Parse(text.AsSpan());

    /// <inheritdoc cref="Parse(string)"/>
    public static double? Parse(ReadOnlySpan<char> text)
    {
        Span<char> buffer = text.Length <= 256 ? stackalloc char[text.Length] : new char[text.Length];
        var length = 0;
        foreach (var c in text)
            if (!char.IsWhiteSpace(c) && c is not ('\u00A0' or '\u202F' or '\'' or '\u2019')) buffer[length++] = c;
        var s = buffer[..length].TrimEnd(".,");
        if (s.Length == 0) return null;
        var comma = s.LastIndexOf(',');
        var dot = s.LastIndexOf('.');
        if (comma >= 0 && dot >= 0)
        {
            if (comma > dot)
            {
                s = Without(s, '.');
                s.Replace(',', '.');
            }
            else s = Without(s, ',');
        }
        else if (comma >= 0)
        {
            if (s.Length - comma - 1 == 3 && !s.StartsWith("0,")) s = Without(s, ',');
            else s.Replace(',', '.');
        }
        else if (s.Count('.') > 1)
            s = Without(s, '.');
        return double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v : null;
    }

    /// <summary>The text with every <paramref name="mark"/> taken out, in place.</summary>
    static Span<char> Without(Span<char> text, char mark)
    {
        var kept = 0;
        foreach (var c in text)
            if (c != mark) text[kept++] = c;
        return text[..kept];
    }

    /// <summary>Every value a written number can mean: "1,234" is 1234 or 1.234; "1.234,5" only 1234.5.</summary>
    public static IEnumerable<double> Readings(string written)
    {
        var s = new string(written.Where(c => c is not (' ' or '\u00A0' or '\u202F' or '\u2009' or '\'' or '\u2019')).ToArray());
        var separators = s.Count(c => c is ',' or '.');
        if (separators == 0)
        {
            if (Exact(s) is { } whole) yield return whole;
            yield break;
        }
        var last = s.LastIndexOfAny([',', '.']);
        var mixed = s.Contains(',') && s.Contains('.');
        if (mixed || separators > 1)
        {
            // "1,234.5", "1.234,5", "1,234,567": the last separator is decimal when mixed, thousands when repeated.
            var digits = mixed ? Remove(s[..last]) + "." + s[(last + 1)..] : Remove(s);
            if (Exact(digits) is { } v) yield return v;
            yield break;
        }
        if (Exact(s[..last] + "." + s[(last + 1)..]) is { } asDecimal) yield return asDecimal;
        // "1,234" or "1.234": English thousands or a European decimal; three digits after the mark leave both open.
        if (s.Length - last - 1 == 3 && Exact(Remove(s)) is { } asThousands) yield return asThousands;
    }

    static string Remove(string s) => s.Replace(",", "", StringComparison.Ordinal).Replace(".", "", StringComparison.Ordinal);

    static double? Exact(string s) => double.TryParse(s, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var v) ? v : null;
}
