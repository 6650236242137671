using Bot.Knowledge.Ingestion.Reading.Tables;
using Bot.Knowledge.Model;
using Bot.Knowledge.Search;

namespace Bot.Answering.Passages;

/// <summary>
/// A protocol list, a programme, a member list: a heading line ("г. Астана, Акорда, 9 июня 2025 года", "Members of the
/// group") and under it one table or several under their group headings ("I. Болгарская сторона"). Each row is a record
/// of what the heading names — its date, its occasion, its side — though none of the row's own words repeats it, so a
/// question in the heading's words never finds the rows by their words alone. A heading line found brings the rows of
/// the tables under it, each read with the heading as the line it stands under.
/// </summary>
public static class TableSections
{
    // A heading is a line, not a paragraph of running text; the section ends at the first paragraph of text.
    const int HeadingChars = 200;
    // Group headings between two tables ("II. Казахстанская сторона"), and heading lines between the one found and its
    // first table (the kind of list, the occasion, the place and day, the side).
    const int GroupHeadings = 2, HeadingLines = 4;
    // Documents whose sections are read per question, and how far into each.
    const int Documents = 3, PassagesRead = 80;
    // A section of fewer rows is no list of records.
    const int MinRows = 2;

    /// <summary>The rows of the tables under a heading line among <paramref name="read"/>, each with that heading's text.</summary>
    public static IReadOnlyDictionary<long, (Passage Row, string Heading)> Under(IReadOnlyList<Passage> read, PassageSearch search)
    {
        var found = new Dictionary<long, (Passage, string)>();
        var documents = 0;
        foreach (var group in read.Where(IsHeading).GroupBy(p => p.Source.DocumentId))
        {
            // Whether a table follows is read from the next few lines before the document is read whole.
            var headings = group.Where(p => search.Following(p.Id, HeadingLines + 1).Any(t => RowFields.Read(t) is not null)).ToList();
            if (headings.Count == 0) continue;
            if (++documents > Documents) break;
            var passages = search.DocumentPassages(group.Key, PassagesRead).ToList();
            foreach (var heading in headings)
            {
                var at = passages.FindIndex(p => p.Id == heading.Id);
                if (at < 0) continue;
                var rows = Section(passages, at + 1, HeadingLines);
                if (rows.Count < MinRows) continue;
                foreach (var row in rows) found.TryAdd(row.Id, (row, heading.Text));
            }
        }
        return found;
    }

    static bool IsHeading(Passage p) => p.Text.Length <= HeadingChars && RowFields.Read(p.Text) is null;

    /// <summary>The rows from <paramref name="start"/> on, through group headings, to the first paragraph of text.</summary>
    static List<Passage> Section(List<Passage> passages, int start, int headingLines)
    {
        var rows = new List<Passage>();
        var headings = 0;
        for (var i = start; i < passages.Count; i++)
        {
            if (RowFields.Read(passages[i].Text) is not null) { rows.Add(passages[i]); headings = 0; continue; }
            if (!IsHeading(passages[i]) || ++headings > (rows.Count == 0 ? headingLines : GroupHeadings)) break;
        }
        return rows;
    }
}
