using System.Text.RegularExpressions;
using Bot.Knowledge.Extraction;
using Bot.Knowledge.Model;

namespace Bot.Knowledge.Ingestion.Reading;

/// <summary>
/// The date of a text whose dateline gives a day and month but no year ("АСТАНА, 12 марта. /Казинформ/ –", "Tuesday,
/// 14 May (BTA) –", "06.12 — Астанада …") and that states its date nowhere else near its top: the year comes from
/// elsewhere — the file name or address ("2024-05-14_visit.txt", "/2024/05/14/"), a full date in the title, else a
/// date the text itself states near the dateline's day ("the commission will meet on 20 May 2025"), taken in the year that
/// puts the dateline nearest to it; else the dates of the page's lists of other stories ("Read also: … (05.06.2025)"),
/// which a site shows beside its newest items. Without such a year the text stays undated: a guessed year would date
/// every "yesterday" in it.
/// </summary>
public static partial class YearlessDateline
{
    const int LinesLooked = 6;

    /// <summary>A dateline stands at the opening of a lead paragraph, after a place name at most.</summary>
    const int LeadOpening = 48;

    /// <summary>A short line of its own (a byline, a date line) may put the date anywhere in it.</summary>
    const int ShortLine = 120;

    /// <summary>A leap year, so that 29 February is a day too.</summary>
    const int ProbeYear = 2000;

    // "06.12 —", "06.12 |": day and month in digits at the start of the dateline, with no year after them.
    [GeneratedRegex(@"^\W{0,3}(?<d>0[1-9]|[12]\d|3[01])\.(?<m>0[1-9]|1[0-2])(?=\s*(?:[|—–-]|$))")]
    private static partial Regex DigitDayMonth();

    /// <param name="paragraphs">The text's paragraphs.</param>
    /// <param name="address">The document's address: a web address, or a file's, whose name may carry the date.</param>
    /// <param name="title">The title metadata gave, if any.</param>
    /// <param name="page">The page's lines the text was cut from, its lists of other stories among them (empty if none were cut).</param>
    public static PartialDate? Find(IReadOnlyList<string> paragraphs, string? address, string? title, IReadOnlyList<string>? page = null)
    {
        if (DayAndMonth(paragraphs) is not { } dateline) return null;
        var year = YearOf(address, title, paragraphs, dateline) ?? ListedYear(page ?? [], dateline);
        if (year is not { } y || dateline.Month == 2 && dateline.Day == 29 && !DateTime.IsLeapYear(y)) return null;
        return new PartialDate(y, dateline.Month, dateline.Day);
    }

    /// <summary>
    /// A lead paragraph opens with a day and month and no year ("ASTANA, March 12 (Kazinform) — … talks scheduled on April
    /// 2, 2025"): a full date later in its opening is what the text reports, not its date.
    /// </summary>
    public static bool LeadOpensWithDayMonth(string line)
    {
        if (line.Length <= ShortLine) return false;
        var opening = line[..LeadOpening];
        return DigitDayMonth().IsMatch(opening.TrimStart()) || DateFinder.First(opening, null) is null && DateFinder.First(opening, ProbeYear) is not null;
    }

    /// <summary>The day and month the dateline states without a year, if it states no year.</summary>
    static (int Month, int Day)? DayAndMonth(IReadOnlyList<string> paragraphs)
    {
        var looked = 0;
        foreach (var line in PageFurniture.OutsideStoryLists(paragraphs))
        {
            if (looked++ >= LinesLooked) return null;
            var head = line.Length > ShortLine ? line[..LeadOpening] : line;
            if (DigitDayMonth().Match(head.TrimStart()) is { Success: true } digits)
                return (int.Parse(digits.Groups["m"].Value, System.Globalization.CultureInfo.InvariantCulture), int.Parse(digits.Groups["d"].Value, System.Globalization.CultureInfo.InvariantCulture));
            // A day and month only when no year stands with them: a full date is the dateline Dateline reads.
            if (DateFinder.First(head, null) is not null) return null;
            if (DateFinder.First(head, ProbeYear) is { } probe) return (probe.Month, probe.Day);
            // The lead paragraph is the last place a dateline stands.
            if (line.Length > ShortLine) return null;
        }
        return null;
    }

    static int? YearOf(string? address, string? title, IReadOnlyList<string> paragraphs, (int Month, int Day) dateline)
    {
        if (AddressDate(address) is { } stated) return Nearest(dateline, stated);
        if (title is not null && DateFinder.First(title, null) is { } inTitle) return Nearest(dateline, PartialDate.From(inTitle));
        // A date the text states near the dateline's day fixes its year: one up to a few weeks before it (what happened
        // "on 1 March") or some months after it (what is planned "for 20 May 2025"). A date further back is history
        // ("the previous meeting took place on 16 November 2017") and says nothing of when the text was written.
        (int Year, int Distance)? best = null;
        foreach (var paragraph in paragraphs)
            foreach (var d in DateFinder.Find(paragraph, null))
            {
                if (d.Relative || d.Start.Month is null || d.Start.Year < 1000) continue;
                var year = Nearest(dateline, d.Start);
                var after = Target(d.Start).DayNumber - On(year, dateline).DayNumber;
                if (after < -DaysBefore || after > DaysAfter) continue;
                if (best is not { } b || Math.Abs(after) < b.Distance) best = (year, Math.Abs(after));
            }
        return best?.Year;
    }

    /// <summary>
    /// "Тағы оқыңыз: … (05.06.2025)": the other stories a page lists are the site's items of the days around it, so the
    /// one nearest the dateline's day, within as many days either side as a date of the text may stand before it, gives
    /// the year. A list of older stories, or of a page saved months later, gives none.
    /// </summary>
    static int? ListedYear(IReadOnlyList<string> page, (int Month, int Day) dateline)
    {
        (int Year, int Distance)? best = null;
        foreach (var line in page)
            foreach (var d in DateFinder.Find(line, null))
            {
                if (d.Relative || d.Start.Month is null || d.Start.Year < 1000) continue;
                var year = Nearest(dateline, d.Start);
                var distance = Math.Abs(Target(d.Start).DayNumber - On(year, dateline).DayNumber);
                if (distance <= DaysBefore && (best is not { } b || distance < b.Distance)) best = (year, distance);
            }
        return best?.Year;
    }

    const int DaysBefore = 45;
    const int DaysAfter = 183;

    /// <summary>The date in a web address's path, or in a file's name (not in the folders above it).</summary>
    static PartialDate? AddressDate(string? address)
    {
        if (address is null) return null;
        if (address.StartsWith("file:", StringComparison.OrdinalIgnoreCase)) return UrlDate.OfPath("/" + address[(address.LastIndexOf('/') + 1)..]);
        return UrlDate.Of(address);
    }

    /// <summary>The year that puts the day and month nearest to a stated date (12 March of 2025 for 20 May 2025; 28 December of 2024 for 3 January 2025).</summary>
    static int Nearest((int Month, int Day) dateline, PartialDate stated)
    {
        var target = Target(stated);
        return new[] { stated.Year - 1, stated.Year, stated.Year + 1 }
            .OrderBy(y => Math.Abs(On(y, dateline).DayNumber - target.DayNumber)).First();
    }

    static DateOnly Target(PartialDate stated) => new(stated.Year, stated.Month ?? 7, stated.Day ?? 15);

    static DateOnly On(int year, (int Month, int Day) d) => new(year, d.Month, Math.Min(d.Day, DateTime.DaysInMonth(year, d.Month)));
}
