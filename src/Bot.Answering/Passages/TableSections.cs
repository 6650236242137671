using Bot.Answering.Lexicon;
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

    sealed record GroupMeaning(string Heading, string Means);
    sealed record SectionsFile(List<GroupMeaning> GroupMeans);

    // "A. Side of the Republic of Kazakhstan" over a table: its rows are the Kazakh delegation (table-sections.json). The
    // concept is read by its first word in the lexicon, which every language's word for it shares its key with.
    static readonly (IReadOnlySet<string> Heading, string Word)[] Meanings = [.. EmbeddedJson.Load<SectionsFile>("table-sections.json").GroupMeans
        .Select(m => ((IReadOnlySet<string>)new HashSet<string>([m.Heading]), DomainLexicon.Default.WordsOf(m.Means)[0]))];

    /// <summary>A group heading with what it means beside its words.</summary>
    static string Glossed(string group) =>
        string.Join(' ', Meanings.Where(m => DomainLexicon.Default.NamesAny(group, m.Heading)).Select(m => m.Word).Prepend(group));

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
            // In the document's order: a group heading ("B. Side of the Republic of Bulgaria") found as well as the line
            // heading the whole list is read as the group heading it is, under that line, not as a heading of its own.
            var end = -1;
            foreach (var (heading, at) in headings.Select(h => (h, At: passages.FindIndex(p => p.Id == h.Id))).Where(h => h.At >= 0).OrderBy(h => h.At))
            {
                if (at < end) continue;
                var rows = Section(passages, at + 1, HeadingLines, out end);
                if (rows.Count < MinRows) continue;
                foreach (var (row, side) in rows) found.TryAdd(row.Id, (row, side is null ? heading.Text : heading.Text + "\n" + Glossed(side)));
            }
        }
        return found;
    }

    static bool IsHeading(Passage p) => p.Text.Length <= HeadingChars && RowFields.Read(p.Text) is null;

    /// <summary>
    /// The rows from <paramref name="start"/> on, through group headings, to the first paragraph of text; each with the
    /// group heading right above its table ("A. Side of the Republic of Kazakhstan"), which says whose row it is.
    /// </summary>
    static List<(Passage Row, string? Group)> Section(List<Passage> passages, int start, int headingLines, out int end)
    {
        var rows = new List<(Passage, string?)>();
        var headings = 0;
        string? group = null;
        for (end = start; end < passages.Count; end++)
        {
            if (RowFields.Read(passages[end].Text) is not null) { rows.Add((passages[end], group)); headings = 0; continue; }
            if (!IsHeading(passages[end]) || ++headings > (rows.Count == 0 ? headingLines : GroupHeadings)) break;
            group = passages[end].Text;
        }
        return rows;
    }
}
