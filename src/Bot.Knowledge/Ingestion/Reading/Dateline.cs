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
/// on a line of page furniture (a byline), where they can only be the page's own.
/// </summary>
public static partial class Dateline
{
    const int LinesLooked = 6;
    const int LineChars = 300;

    [GeneratedRegex(@"https?://[^\s|·•<>""]+")]
    private static partial Regex Link();

    [GeneratedRegex(@"\s[|·•]\s")]
    private static partial Regex FieldSeparator();

    public sealed record Found(PartialDate Date, string? SourceUrl);

    /// <param name="paragraphs">The text's paragraphs, the title's already skipped.</param>
    public static Found? Find(IEnumerable<string> paragraphs)
    {
        var looked = 0;
        Found? monthOnly = null;
        // A list of other stories under its head ("Read also") dates those stories, not this text.
        foreach (var line in PageFurniture.OutsideStoryLists(paragraphs))
        {
            if (looked++ >= LinesLooked) return monthOnly;
            // A row of a table near the top ("1 — Document: …; Signed: 13.11.1997; Place: …") dates what it lists.
            if (Tables.RowFields.Read(line) is { } row && (row.Lead.Count > 0 || row.Cells.Count >= 3)) continue;
            var head = line.Length > LineChars ? line[..LineChars] : line;
            if (DateFinder.First(head, null) is { } date) return new Found(PartialDate.From(date), FieldSource(head));
            // A byline that gives only the month ("By Staff reporter | July 2014 | Source: …") dates the page to it.
            monthOnly ??= PageFurniture.DateOf(head) is { } month ? new Found(month, FieldSource(head)) : null;
        }
        return monthOnly;
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
