using System.Text.RegularExpressions;
using Bot.Knowledge.Extraction;
using Bot.Knowledge.Model;

namespace Bot.Knowledge.Ingestion.Reading;

/// <summary>
/// The date (and sometimes the source) a text without metadata states near its top, as news items and notes write it:
/// a dateline ("Sofia, 5 April 2026 —"), a line of fields ("Energy wire | 9 January 2025 | Source: https://…"), or an
/// opening note ("*Background note …, 20 January 2016.*"). Only a full date with its year counts, and only in the
/// first lines (a table's row among them dates what it lists): a date further down is what the text reports, not when
/// it was written. A month and year count only
/// on a line of page furniture (a byline), where they can only be the page's own. On a line of fields, an "Updated: …"
/// field is when the text changed, not when it appeared ("Sofia, June 4 (BTA) | Updated: 14:20, 6 June 2025" is of
/// 4 June): a day and month without a year beside it take the year that puts them on or before it, as they take the
/// year of the page a story was appended to (<see cref="Find(IEnumerable{string}, PartialDate?)"/>).
/// </summary>
public static partial class Dateline
{
    const int LinesLooked = 6;

    [GeneratedRegex(@"https?://[^\s|·•<>""]+")]
    private static partial Regex Link();

    [GeneratedRegex(@"\s[|·•]\s")]
    private static partial Regex FieldSeparator();

    /// <param name="InSentence">The date stands inside the lead's running text, after more words than a dateline's place
    /// ("The Republic of Bulgaria recognised … on 23 December 1991."): what the text reports, unless nothing better dates it.</param>
    public sealed record Found(PartialDate Date, string? SourceUrl, bool InSentence = false);

    /// <param name="paragraphs">The text's paragraphs, the title's already skipped.</param>
    /// <param name="near">A date the text was published on or shortly before (the page another story was appended to):
    /// a dateline's day and month without a year ("Sofia, June 3 (BTA)") take the year that puts them on or before it.</param>
    public static Found? Find(IEnumerable<string> paragraphs, PartialDate? near = null)
    {
        var looked = 0;
        var leadRead = false;
        Found? monthOnly = null, yearless = null;
        // A list of other stories under its head ("Read also") dates those stories, not this text.
        foreach (var line in PageFurniture.OutsideStoryLists(paragraphs))
        {
            if (looked++ >= LinesLooked) return monthOnly;
            // A row of a table near the top ("1 — Document: …; Signed: 13.11.1997; Place: …") dates what it lists.
            if (Tables.RowFields.Read(line) is { } row && (row.Lead.Count > 0 || row.Cells.Count >= 3)) continue;
            // Of a paragraph of running text only the lead's opening is a dateline ("АСТАНА, 21 октября. /Казинформ/ – …",
            // "*Background note …, 20 January 2016.*"): a date further into the text, or in a later paragraph, is what it reports.
            if (line.Length > ShortLine && leadRead) continue;
            // "ASTANA, March 12 (Kazinform) — … on April 2, 2025": the lead's own dateline has no year (YearlessDateline).
            if (YearlessDateline.LeadOpensWithDayMonth(line)) return monthOnly ?? yearless;
            var head = line.Length > ShortLine ? line[..ShortLine] : line;
            leadRead |= line.Length > ShortLine;
            if (LineDate(head) is { } date)
                return new Found(PartialDate.From(date), FieldSource(head), line.Length > ShortLine && InSentence(head));
            if (near is { Day: not null } && yearless is null && head.Length <= ShortLine && YearlessOnOrBefore(head, near.Value.Start) is { } day)
                yearless = new Found(PartialDate.From(day), FieldSource(head));
            // A byline that gives only the month ("By Staff reporter | July 2014 | Source: …") dates the page to it.
            monthOnly ??= PageFurniture.DateOf(head) is { } month ? new Found(month, FieldSource(head)) : null;
        }
        return monthOnly ?? yearless;
    }

    /// <summary>A dateline is short; a day and month inside a sentence further on are what the text reports.</summary>
    const int ShortLine = 120;

    /// <summary>
    /// The most words a dateline puts before its date ("BAKU, Azerbaijan, June 8", "Пресс-служба Министерства, 12 марта
    /// 2025"); a lead that names its date only after a clause of its own tells an event with it.
    /// </summary>
    const int DatelineWords = 6;

    /// <summary>A dateline's place or agency is one or two words when no mark sets the date off ("BTA 10.01.2025 13:27").</summary>
    const int UnmarkedDatelineWords = 2;

    /// <summary>
    /// The lead's first full date stands inside its sentence: after more words than a dateline has, or after a few words
    /// that no comma, bar or dash sets it off from ("… Қазақстан Республикасының тәуелсіздігін 1991 жылғы 23 желтоқсанда").
    /// </summary>
    static bool InSentence(string head)
    {
        foreach (var d in DateFinder.Find(head, null))
        {
            if (d.Start.Day is null || d.End is not null) continue;
            var before = head[..d.Index];
            var words = before.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Count(w => w.Any(char.IsLetter));
            var marked = before.TrimEnd() is { Length: > 0 } t && (char.IsPunctuation(t[^1]) || char.IsSymbol(t[^1]));
            return words > DatelineWords || words > UnmarkedDatelineWords && !marked;
        }
        return false;
    }

    /// <summary>
    /// The date of a text that states none in its metadata: its dateline; else a date it closes with; else, when its lead
    /// only tells an event with a date, the page's "last updated" stamp (a chronology whose first sentence is from 1991
    /// and whose footer says "Page last updated: 20 June 2025" is of 2025), then that event's date.
    /// </summary>
    public static PartialDate? OfText(Found? lead, IReadOnlyList<string> paragraphs)
    {
        if (lead is { InSentence: false }) return lead.Date;
        return ClosingDate.Find(paragraphs) ?? (lead is null ? null : ClosingDate.Modified(paragraphs) ?? lead.Date);
    }

    /// <summary>
    /// The date a line states of its text: the first full date outside an "Updated: …" field; else a day and month
    /// without a year in the year that puts them on or before the update; else the update's date.
    /// </summary>
    static DateOnly? LineDate(string line)
    {
        var fields = FieldSeparator().Split(line);
        DateOnly? updated = null;
        foreach (var field in fields)
        {
            var modified = PageLayoutWords.ModifiedStart.IsMatch(field);
            if (DateFinder.First(field, null) is not { } date) continue;
            if (!modified) return date;
            updated ??= date;
        }
        if (updated is not { } change) return null;
        foreach (var field in fields.Where(f => !PageLayoutWords.ModifiedStart.IsMatch(f)))
            if (YearlessOnOrBefore(field, change) is { } day) return day;
        return change;
    }

    /// <summary>A day and month stated without a year, in the year that puts them on or before a given day.</summary>
    static DateOnly? YearlessOnOrBefore(string text, DateOnly latest)
    {
        if (DateFinder.First(text, latest.Year) is not { } day) return null;
        return day > latest ? day.AddYears(-1) : day;
    }

    /// <summary>
    /// A link is the document's source only on a line of fields ("… | Source: URL"); a link inside a sentence is
    /// something the text cites, and taking it as the source would merge every note that cites the same page.
    /// </summary>
    static string? FieldSource(string line)
    {
        if (!FieldSeparator().IsMatch(line)) return null;
        var link = Link().Match(line);
        return link.Success && Uri.TryCreate(link.Value.TrimEnd('.', ',', ';', ')'), UriKind.Absolute, out var url) ? url.AbsoluteUri : null;
    }
}
