using System.Globalization;
using System.Text.RegularExpressions;
using Bot.Knowledge.Model;
using Bot.Knowledge.Text;

namespace Bot.Knowledge.Extraction;

/// <summary>Finds explicit calendar dates ("9 June 2025", "June 9, 2025", "9 июня 2025 года", "2025-06-09", "09.06.2025").</summary>
public static partial class DateFinder
{
    static readonly Regex DayMonthYear = new(
        $@"\b(?<d>\d{{1,2}})\s+(?<m>{CalendarWords.MonthPattern})\b\.?(?:\s*,?\s*(?<y>\d{{4}}))?",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    static readonly Regex MonthDayYear = new(
        $@"\b(?<m>{CalendarWords.MonthPattern})\s+(?<d>\d{{1,2}})(?:st|nd|rd|th)?\b(?:\s*,?\s*(?<y>\d{{4}}))?",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    [GeneratedRegex(@"\b(?<y>\d{4})-(?<m>\d{2})-(?<d>\d{2})\b|\b(?<d>\d{1,2})\.(?<m>\d{1,2})\.(?<y>\d{4})\b")]
    private static partial Regex Numeric();

    /// <summary>The first full date in the text; a date without a year takes the reference year.</summary>
    public static DateOnly? First(string text, int? referenceYear)
    {
        foreach (var regex in new[] { Numeric(), DayMonthYear, MonthDayYear })
        {
            foreach (Match m in regex.Matches(text))
            {
                var month = int.TryParse(m.Groups["m"].Value, out var mm) ? mm : CalendarWords.Month(TextNormalizer.Fold(m.Groups["m"].Value));
                if (month is null || !int.TryParse(m.Groups["d"].Value, out var day)) continue;
                var year = m.Groups["y"].Success ? int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture) : referenceYear;
                if (year is null || day < 1 || month > 12 || day > DateTime.DaysInMonth(year.Value, month.Value)) continue;
                return new DateOnly(year.Value, month.Value, day);
            }
        }
        return null;
    }
}
