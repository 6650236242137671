using System.Text.RegularExpressions;
using Bot.Knowledge.Ingestion.Reading;
using Bot.Knowledge.Ingestion.Reading.Tables;
using Bot.Knowledge.Text;

namespace Bot.Knowledge.Ingestion;

/// <summary>
/// Markdown, with or without a YAML, TOML or JSON front-matter block. The front matter gives title, date, source, language and the
/// fictional flag; pipe tables are read row by row with their headers (<see cref="MarkdownTables"/>); without it the title is the first heading and the date the dateline (see <see cref="DocumentParts"/>).
/// </summary>
public static partial class MarkdownReader
{
    [GeneratedRegex(@"^\s{0,3}#{1,6}\s+(?<t>.+?)\s*#*\s*$", RegexOptions.Multiline)]
    private static partial Regex Heading();

    /// <summary>A line that heads a story: a heading below the first rank, or a line all in bold.</summary>
    [GeneratedRegex(@"^(?:\s{0,3}#{2,6}\s+.+|\s*(\*\*|__)[^*_\n]+\1\s*)$", RegexOptions.Multiline)]
    private static partial Regex ItemHead();

    public static SourceDocument Read(string uri, string text)
    {
        text = TextSanitizer.Clean(text);
        // The body is read where it stands in the file's text: copied out of it only for a table to be laid out, or for its
        // first heading when that is the title.
        var (yaml, source, bodyStart, yamlLine, format) = FrontMatterBlock.Locate(text);
        var meta = yaml is null ? FrontMatter.None : FrontMatter.Parse(yaml, yamlLine, format);
        // A copied page's "Читайте также:" and the teasers under it are other stories, not this text.
        var page = source.AsSpan(bodyStart).Contains('|')
            ? Paragraphs.Split(MarkdownTables.Linearize(source[bodyStart..]), markdown: true)
            : Paragraphs.Split(source, bodyStart, markdown: true);
        var paragraphs = PageFurniture.StripStoryLists(page);
        if (paragraphs.Count == 0) throw new IngestionException(yaml is null ? "no text" : "no text after the front matter");
        var warnings = new List<string>();
        if (meta.Lenient is { } lenient) warnings.Add(lenient);
        if (meta.IgnoredKeys.Count > 0) warnings.Add($"front matter keys ignored: {string.Join(", ", meta.IgnoredKeys.Select(k => Shorten(k, 40)))}");
        var published = meta.Date is { } d
            ? DocumentDate.Parse(d) ?? throw new IngestionException($"front-matter date '{Shorten(d)}' is not a date (YYYY-MM-DD or an ISO date-time)")
            : (Model.PartialDate?)null;
        return new DocumentParts(paragraphs)
        {
            Title = meta.Title ?? FirstHeading(source[bodyStart..]),
            Published = published,
            Source = meta.Source,
            DeclaredLang = meta.Lang,
            Fictional = meta.Fictional,
            Warnings = warnings,
            ItemHeads = ItemHeads(source.AsSpan(bodyStart)),
            PageLines = page,
        }.ToDocument(uri);
    }

    /// <summary>The story heads of a digest (see <see cref="DigestItems"/>) as the paragraphs will read them.</summary>
    static List<string> ItemHeads(ReadOnlySpan<char> body)
    {
        var heads = new List<string>();
        foreach (var m in ItemHead().EnumerateMatches(body))
            if (Paragraphs.Split(body.Slice(m.Index, m.Length).ToString(), markdown: true) is [var head] && DigestItems.IsHead(head)) heads.Add(head);
        return heads;
    }

    static string? FirstHeading(string body) => Heading().Match(body) is { Success: true } m ? m.Groups["t"].Value : null;

    static string Shorten(string s, int max = 60) => s.Length <= max ? s : s[..max] + "…";
}
