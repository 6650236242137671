using System.Globalization;
using System.Text.RegularExpressions;
using Bot.Knowledge.Extraction;
using Bot.Knowledge.Text;

namespace Bot.Llm.Grounding;

/// <summary>
/// Finds calendar days as the four languages write them: "9 June 2025", "June 9, 2025", "9 июня 2025 г.",
/// "2025 жылғы 9 маусым", "2025-06-09", "09.06.2025". Months and years alone are left to the number check.
/// </summary>
public static class DateMentions
{
    const RegexOptions Opts = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled;
    static readonly string M = CalendarWords.MonthPattern;
    static readonly string YearBeforeDay = Alternation(CalendarWords.YearBeforeDay);
    static readonly string DaySuffix = Alternation(CalendarWords.DaySuffixes.Values.SelectMany(s => s));
    // Only English writes the month first ("June 9th, 2025").
    static readonly string MonthFirstDaySuffix = Alternation(CalendarWords.DaySuffixes.GetValueOrDefault("en") ?? []);
    static readonly string DayMonthJoiner = Alternation(CalendarWords.DayMonthJoiners);

    static readonly Regex[] Patterns =
    [
        new(@"(?<![\p{N}])(?<y>\d{4})-(?<m>\d{2})-(?<d>\d{2})(?![\p{N}])", Opts),
        new(@"(?<![\p{N}.])(?<d>\d{1,2})\.(?<m>\d{1,2})\.(?<y>\d{4})(?![\p{N}])", Opts),
        new($@"(?<![\p{{N}}])(?<y>\d{{4}})\s+(?:{YearBeforeDay})\s+(?<d>\d{{1,2}})\s+(?<m>{M})(?![\p{{L}}])", Opts),
        new($@"(?<![\p{{N}}])(?<d>\d{{1,2}})(?:{DaySuffix})?\s+(?:(?:{DayMonthJoiner})\s+)?(?<m>{M})(?![\p{{L}}])\.?(?:,?\s+(?<y>\d{{4}})(?![\p{{N}}]))?", Opts),
        new($@"(?<![\p{{L}}])(?<m>{M})\s+(?<d>\d{{1,2}})(?:{MonthFirstDaySuffix})?(?![\p{{N}}\p{{L}}])(?:,?\s+(?<y>\d{{4}})(?![\p{{N}}]))?", Opts),
    ];

    static string Alternation(IEnumerable<string> words) => string.Join('|', words.Select(Regex.Escape));

    public static IReadOnlyList<DateMention> Find(string text)
    {
        var found = new List<DateMention>();
        foreach (var pattern in Patterns)
            foreach (Match m in pattern.Matches(text))
            {
                if (found.Any(f => m.Index < f.Index + f.Length && f.Index < m.Index + m.Length)) continue;
                var month = int.TryParse(m.Groups["m"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var mm) ? mm : CalendarWords.Month(TextNormalizer.Fold(m.Groups["m"].Value));
                var day = int.Parse(m.Groups["d"].Value, CultureInfo.InvariantCulture);
                int? year = m.Groups["y"].Success ? int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture) : null;
                if (month is not (>= 1 and <= 12) || day < 1 || day > DateTime.DaysInMonth(year ?? 2024, month.Value)) continue;
                found.Add(new DateMention(m.Index, m.Length, year, month.Value, day));
            }
        return found;
    }
}
