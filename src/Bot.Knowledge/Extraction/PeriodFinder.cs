using System.Globalization;
using System.Text.RegularExpressions;
using Bot.Knowledge.Model;
using Bot.Knowledge.Text;

namespace Bot.Knowledge.Extraction;

/// <summary>
/// Finds the period a figure refers to, resolving relative wording ("this year", "в прошлом году",
/// "in four months of this year") against the date of the document it appears in.
/// </summary>
public static partial class PeriodFinder
{
    public sealed record Found(int Index, Period Period, bool IsComparison);

    const RegexOptions Opts = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    // Any word where a count may stand: Find keeps only counts CalendarWords knows ("four", "четырех", "төрт"), which a
    // list inside the pattern would only repeat at great cost (it made this the largest regex of the program).
    const string N = @"(?<n>\d{1,2}|\p{L}+)";

    const string ThisYear = @"(?<this>this\s+year|the\s+current\s+year|текущего\s+года|этого\s+года|текущем\s+году|этом\s+году|тази\s+година|тазгодишн\w*|биылғы|биыл)";
    const string LastYear = @"(?<last>last\s+year|the\s+previous\s+year|прошлого\s+года|прошлом\s+году|миналата\s+година|предходната\s+година|былтыр\w*|өткен\s+жыл\w*)";
    const string Year = @"(?<y>(?:19|20)\d{2})";
    const string YearRef = $@"(?:{ThisYear}|{LastYear}|{Year})";

    [GeneratedRegex($@"(?:first\s+|первые\s+|първите\s+|алғашқы\s+)?{N}\s+(?:months?|месяц\w*|месеца|ай\w*)(?:\s+(?:of\s+|на\s+)?(?:the\s+)?{YearRef}(?:\s+года|\s+г\.)?)?", Opts)]
    private static partial Regex MonthCount();

    [GeneratedRegex($@"{YearRef}\s+(?:жылдың\s+)?{N}\s+(?:ай\w*)", Opts)]
    private static partial Regex YearThenMonthCount();

    // Built from the month names at run time, so interpreted rather than generated.
    static readonly Regex MonthRange = new($@"\b(?<m1>{CalendarWords.MonthPattern})\s*[-–—]\s*(?<m2>{CalendarWords.MonthPattern})(?:\s+{YearRef})?", Opts);

    [GeneratedRegex($@"(?<q>first|second|third|fourth|1st|2nd|3rd|4th|перв\w+|втор\w+|трет\w+|четверт\w+|първ\w+|трето|четвърт\w+|бірінші|екінші|үшінші|төртінші)\s+(?:quarter|квартал\w*|тримесечие\w*|тоқсан\w*)(?:\s+(?:of\s+|на\s+)?{YearRef})?|\bQ(?<qn>[1-4])\s*{Year}?", Opts)]
    private static partial Regex Quarter();

    [GeneratedRegex($@"(?<cmp>compared\s+(?:to|with)\s+|than\s+(?:in\s+)?|against\s+|vs\.?\s+|по\s+сравнению\s+с\s+|в\s+сравнение\s+с\s+|относно\s+)?(?:in\s+|в\s+|през\s+|за\s+)?{YearRef}", Opts)]
    private static partial Regex SingleYear();

    /// <param name="openYear">For questions: a span with no year anywhere ("in four months of the year") gets year 0, meaning any year.</param>
    public static List<Found> Find(string text, PartialDate? documentDate, bool openYear = false)
    {
        var found = new List<Found>();
        var consumed = new List<(int Start, int End)>();

        void Add(Match m, Period? p, bool comparison = false)
        {
            if (p is null || consumed.Any(c => m.Index < c.End && c.Start < m.Index + m.Length)) return;
            consumed.Add((m.Index, m.Index + m.Length));
            found.Add(new Found(m.Index, p.Value, comparison));
        }

        foreach (Match m in MonthCount().Matches(text))
            if (CalendarWords.SmallNumber(TextNormalizer.Fold(m.Groups["n"].Value)) is { } n and >= 1 and <= 12 && ResolveYear(m, documentDate, text, openYear) is { } y)
                Add(m, Period.Months(y, 1, n));
        foreach (Match m in YearThenMonthCount().Matches(text))
            if (CalendarWords.SmallNumber(TextNormalizer.Fold(m.Groups["n"].Value)) is { } n and >= 1 and <= 12 && ResolveYear(m, documentDate, text, openYear) is { } y)
                Add(m, Period.Months(y, 1, n));
        foreach (Match m in MonthRange.Matches(text))
            if (CalendarWords.Month(TextNormalizer.Fold(m.Groups["m1"].Value)) is { } a && CalendarWords.Month(TextNormalizer.Fold(m.Groups["m2"].Value)) is { } b && a < b
                && ResolveYear(m, documentDate, text, openYear) is { } y)
                Add(m, Period.Months(y, a, b));
        foreach (Match m in Quarter().Matches(text))
        {
            var q = m.Groups["qn"].Success ? int.Parse(m.Groups["qn"].Value, CultureInfo.InvariantCulture) : QuarterNumber(TextNormalizer.Fold(m.Groups["q"].Value));
            if (q is { } qq && ResolveYear(m, documentDate, text, openYear) is { } y) Add(m, Period.Quarter(y, qq));
        }
        foreach (Match m in SingleYear().Matches(text))
            if (ResolveYear(m, documentDate, null, false) is { } y)
                Add(m, Period.Year(y), m.Groups["cmp"].Success);
        return found.OrderBy(f => f.Index).ToList();
    }

    static int? ResolveYear(Match m, PartialDate? documentDate, string? sentenceForFallback, bool openYear)
    {
        if (m.Groups["y"].Success) return int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture);
        if (m.Groups["this"].Success) return documentDate?.Year;
        if (m.Groups["last"].Success) return documentDate?.Year - 1;
        if (sentenceForFallback is null) return null;
        // "In four months, trade exceeded …" with no year: an explicit year elsewhere in the sentence, else the document's year.
        var explicitYear = Regex.Match(sentenceForFallback, @"\b(?:19|20)\d{2}\b");
        return explicitYear.Success ? int.Parse(explicitYear.Value, CultureInfo.InvariantCulture) : openYear ? 0 : documentDate?.Year;
    }

    static int? QuarterNumber(string w) => w switch
    {
        _ when w.StartsWith("first", StringComparison.Ordinal) || w.StartsWith("1st", StringComparison.Ordinal) || w.StartsWith("перв", StringComparison.Ordinal) || w.StartsWith("първ", StringComparison.Ordinal) || w.StartsWith("бірінші", StringComparison.Ordinal) => 1,
        _ when w.StartsWith("second", StringComparison.Ordinal) || w.StartsWith("2nd", StringComparison.Ordinal) || w.StartsWith("втор", StringComparison.Ordinal) || w.StartsWith("екінші", StringComparison.Ordinal) => 2,
        _ when w.StartsWith("third", StringComparison.Ordinal) || w.StartsWith("3rd", StringComparison.Ordinal) || w.StartsWith("трет", StringComparison.Ordinal) || w.StartsWith("үшінші", StringComparison.Ordinal) => 3,
        _ when w.StartsWith("fourth", StringComparison.Ordinal) || w.StartsWith("4th", StringComparison.Ordinal) || w.StartsWith("четв", StringComparison.Ordinal) || w.StartsWith("төртінші", StringComparison.Ordinal) => 4,
        _ => null,
    };
}
