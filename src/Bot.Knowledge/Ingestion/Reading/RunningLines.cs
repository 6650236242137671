using System.Text.RegularExpressions;

namespace Bot.Knowledge.Ingestion.Reading;

/// <summary>
/// The running heads and feet of a paged document (a PDF statement): the letterhead, the ministry's address or the
/// document's reference repeated at the top or bottom of every page, and page numbers ("Page 2 of 5", "- 3 -"). They
/// are not the text: read in order they would cut sentences at page breaks and repeat an address as evidence.
/// </summary>
public static partial class RunningLines
{
    /// <summary>How many paragraphs at each end of a page may be a running head or foot.</summary>
    const int EdgeParagraphs = 2;

    [GeneratedRegex(@"\d+")]
    private static partial Regex Digits();

    /// <returns>The pages' paragraphs in order, without those repeated at the edges of two or more pages and without page numbers.</returns>
    public static List<string> Strip(IReadOnlyList<IReadOnlyList<string>> pages)
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        if (pages.Count >= 2)
            foreach (var page in pages)
                foreach (var key in Edges(page).Select(Key).Distinct())
                    seen[key] = seen.GetValueOrDefault(key) + 1;
        var kept = new List<string>();
        foreach (var page in pages)
        {
            var edges = Edges(page).ToHashSet();
            kept.AddRange(page.Where(p => !(edges.Contains(p) && (PageLayoutWords.PageNumber.IsMatch(p) || seen.GetValueOrDefault(Key(p)) >= 2))));
        }
        return kept;
    }

    static IEnumerable<string> Edges(IReadOnlyList<string> page) =>
        page.Take(EdgeParagraphs).Concat(page.Skip(Math.Max(EdgeParagraphs, page.Count - EdgeParagraphs)));

    /// <summary>The same head on every page but for its page number: "Statement of 9 June 2025 — page 2".</summary>
    static string Key(string paragraph) => Digits().Replace(paragraph.Trim(), "#");
}
