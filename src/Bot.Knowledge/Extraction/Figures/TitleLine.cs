using System.Text.RegularExpressions;
using Bot.Knowledge.Model;

namespace Bot.Knowledge.Extraction.Figures;

/// <summary>
/// A line that titles what follows it — a section heading ("2024: the fourfold year", "## 2015"), a slide title ("1.
/// Bilateral turnover, USD mn"), a table's or list's caption ("4. Сауда (млн АҚШ доллары)"): the period it names dates
/// every figure under it that names none, and its words and unit say what the bare values of the lines under it count.
/// </summary>
/// <param name="Period">The one period the line names (a year, a quarter, a span of months), if it names exactly one.</param>
/// <param name="Label">The line without its numbering and unit ("Bilateral turnover").</param>
/// <param name="Unit">The money unit it states ("USD mn", "млн АҚШ доллары"), if any.</param>
internal sealed partial record TitleLine(Period? Period, string Label, string? Unit)
{
    /// <summary>A title is short and ends no sentence.</summary>
    const int MaxChars = 100;

    [GeneratedRegex(@"^\s*(?:#+\s*)?(?:\d{1,2}[.)]\s+)?")]
    private static partial Regex Numbering();

    [GeneratedRegex(@"\d\s+\p{L}{1,2}\.$")]
    private static partial Regex AbbreviationEnd();

    [GeneratedRegex(@"^\s*\d{1,2}[.)]\s+\p{L}")]
    private static partial Regex NumberedStart();

    /// <summary>Whether a line opens with a section's number ("1. Bilateral turnover", "3) Investment").</summary>
    public static bool IsNumbered(string text) => NumberedStart().IsMatch(text);

    public static bool Looks(string text)
    {
        var t = text.Trim();
        if (t.Length is 0 or > MaxChars || t.Contains('\n')) return false;
        // "Търговията през 2023 г.", "2024 ж.": a year's abbreviation closes a title, not a sentence.
        if (t[^1] == '.') return AbbreviationEnd().IsMatch(t) && t.IndexOf(". ", StringComparison.Ordinal) < 0;
        return t[^1] is not ('!' or '?' or ';' or ',' or '»' or '"' or '”');
    }

    /// <summary>The title a line is; null when it is no title-like line.</summary>
    public static TitleLine? Read(string text, PartialDate? published)
    {
        if (!Looks(text)) return null;
        var t = Numbering().Replace(text.Trim(), "");
        var unit = MoneyFinder.StatedUnit(t);
        var label = t;
        if (unit is not null)
        {
            var at = label.IndexOf(unit, StringComparison.Ordinal);
            if (at >= 0) label = label.Remove(at, unit.Length);
            label = label.Replace("()", "").Trim().TrimEnd(',', ':', ' ').Trim();
        }
        return new TitleLine(SectionPeriod(t, published), label, unit);
    }

    /// <summary>
    /// The one period a title names, when it is a span a figure is stated for (a year, a quarter, months): a dateline's day
    /// ("Astana, 15 September 2025") dates a report, not the figures under it.
    /// </summary>
    static Period? SectionPeriod(string text, PartialDate? published)
    {
        if (!MoneyFinder.HasDigit(text)) return null;
        var found = PeriodFinder.Find(text, published).Where(p => !p.IsComparison && !p.IsNow && !p.IsAnaphoric).ToList();
        if (found is not [var one] || one.Period.StartYear == 0) return null;
        if (one.Period.MonthCount == 1) return null;
        return one.Period;
    }
}
