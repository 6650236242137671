using System.Globalization;
using System.Text.RegularExpressions;
using Bot.Knowledge.Extraction;
using Bot.Knowledge.Model;

namespace Bot.Knowledge.Ingestion.Reading;

/// <summary>
/// A document date as metadata writes it: ISO forms (2025, 2025-06, 2025-06-10, 2025/06/10, 20250610), ISO and RFC
/// date-times (the calendar day as written, in its own time zone, not moved to UTC), or a date in words in any of the
/// four languages.
/// </summary>
public static partial class DocumentDate
{
    [GeneratedRegex(@"^(?<y>\d{4})[-/.](?<m>\d{1,2})[-/.](?<d>\d{1,2})(?:$|[T\s])")]
    private static partial Regex IsoDayPrefix();

    [GeneratedRegex(@"^(?<y>\d{4})(?<m>\d{2})(?<d>\d{2})$")]
    private static partial Regex CompactDay();

    public static PartialDate? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        text = text.Trim().Trim('"', '\'');
        if (PartialDate.Parse(text) is { } plain) return plain;
        var m = IsoDayPrefix().Match(text);
        if (!m.Success) m = CompactDay().Match(text);
        if (m.Success) return Day(m);
        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces | DateTimeStyles.AssumeUniversal, out var moment))
            return PartialDate.From(DateOnly.FromDateTime(moment.DateTime));
        return DateFinder.First(text, null) is { } words ? PartialDate.From(words) : null;
    }

    static PartialDate? Day(Match m)
    {
        var y = int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture);
        var mo = int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture);
        var d = int.Parse(m.Groups["d"].Value, CultureInfo.InvariantCulture);
        return y is >= 1000 and <= 9999 && mo is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(y, mo) ? new PartialDate(y, mo, d) : null;
    }
}
