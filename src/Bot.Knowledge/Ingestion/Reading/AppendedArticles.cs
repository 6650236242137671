using AngleSharp.Dom;
using Bot.Knowledge.Extraction;

namespace Bot.Knowledge.Ingestion.Reading;

/// <summary>
/// Other whole articles a saved page holds beside its own: a site that loads the next story as the reader scrolls
/// writes it into the same page under a headline of its own (an h1 or an h2), either in a wrapper the headline opens —
/// one made like the article's own ("article.article" twice, "div.post" twice), or any with a date line under the
/// headline ("div.next-article": crumbs, "Ташкент, 11 юни 2025 14:30 (БТА)", text) — or flat, an h1 among the blocks
/// with its own date line. Each is
/// taken out of the page before the page is read and read as a document of its own, with its own headline, date and
/// (when it names one) address, so its facts never take the first article's date or title. A teaser (a headline and a
/// line of text) is not an article: an article holds paragraphs.
/// </summary>
public static class AppendedArticles
{
    const int MinTextChars = 150, MinParagraphs = 2, MinParagraphChars = 40, MinHeadlineWords = 3, DateLinesLooked = 4, MaxDateLineChars = 120;

    /// <summary>The attributes an infinite-scroll wrapper keeps its story's own address in.</summary>
    static readonly string[] AddressAttributes = ["data-url", "data-href", "data-link", "data-permalink", "data-canonical", "itemid"];

    /// <summary>One detached article: its markup, its headline, and its own address if the page names one.</summary>
    public sealed record Part(string Html, string Headline, string? Address);

    /// <param name="heading">The page's own headline (<see cref="TitleHeading"/>); other articles are found by its rank.</param>
    /// <param name="pageUrl">The page's address, to resolve a relative link to another article.</param>
    /// <returns>The other articles in page order, already removed from <paramref name="dom"/>.</returns>
    public static List<Part> Detach(IDocument dom, IElement? heading, string? pageUrl)
    {
        if (heading is null || dom.Body is null || heading.LocalName is not ("h1" or "h2")) return [];
        var headlines = dom.Body.QuerySelectorAll("h1, h2").Where(h => h == heading || !InSiteFrame(h) && Words(h) >= MinHeadlineWords).ToList();
        if (headlines.Count < 2) return [];
        var found = new List<(List<INode> Nodes, IElement Headline, IElement? Wrapper)>();
        IElement? firstWrapped = null;
        var headingAt = headlines.IndexOf(heading);
        foreach (var other in headlines.Where(h => h != heading))
        {
            if (found.Any(f => f.Nodes.Any(n => n.Contains(other)))) continue;
            var (nodes, wrapper) = Extent(other, heading, headlines);
            if (wrapper is not null && firstWrapped is null && headlines.IndexOf(other) > headingAt) firstWrapped = other;
            if (nodes.Count > 0 && IsArticle(nodes, other, wrapper is not null, RepeatsTheArticle(wrapper, heading))) found.Add((nodes, other, wrapper));
        }
        // A page headline with no text of its own before the first wrapped story heads a list of items (an embassy's
        // news page), which NewsItems splits by their dates: none of them was appended to an article.
        if (firstWrapped is not null && OwnTextChars(dom.Body, heading, firstWrapped) < MinTextChars) return [];
        var parts = new List<Part>();
        foreach (var (nodes, headline, wrapper) in found)
        {
            parts.Add(new Part(string.Concat(nodes.Select(Markup)), BlockText.Flatten(headline.TextContent), Address(headline, wrapper, pageUrl)));
            foreach (var node in nodes) node.Parent?.RemoveChild(node);
        }
        return parts;
    }

    /// <summary>
    /// The nodes of the article under another headline: the largest wrapper holding it and no other headline; when the
    /// headline stands bare among the article's blocks, it and the blocks after it up to the next headline.
    /// </summary>
    static (List<INode> Nodes, IElement? Wrapper) Extent(IElement headline, IElement page, List<IElement> headlines)
    {
        var pageLine = new HashSet<INode>(Ancestors(page));
        var top = headline;
        while (top.ParentElement is { } parent && !pageLine.Contains(parent) && !headlines.Any(h => h != headline && parent.Contains(h)))
            top = parent;
        // The headline opens its wrapper (after crumbs or a slug at most): a heading further down a block is a section's.
        if (top != headline) return Opens(top, headline) ? ([top], top) : ([], null);
        // Flat: only an h1 starts an article so (a page's second-rank headings are its sections).
        if (headline.LocalName is not "h1") return ([], null);
        var nodes = new List<INode> { headline };
        for (var n = headline.NextSibling; n is not null; n = n.NextSibling)
        {
            if (n is IElement e && headlines.Any(h => h == e || e.Contains(h))) break;
            nodes.Add(n);
        }
        return (nodes, null);
    }

    /// <summary>Whether little text (crumbs, a slug) stands in a wrapper before the headline.</summary>
    static bool Opens(IElement wrapper, IElement headline)
    {
        var before = 0;
        foreach (var text in wrapper.Descendants<IText>())
        {
            if (headline.Contains(text)) return true;
            if ((before += text.Data.Trim().Length) > MaxCharsBeforeHeadline) return false;
        }
        return false;
    }

    const int MaxCharsBeforeHeadline = 120;

    /// <summary>A wrapper made like one around the page's own article (same tag and class): the site's template again.</summary>
    static bool RepeatsTheArticle(IElement? wrapper, IElement page)
    {
        // A bare <div> is every page's building block, not a template.
        if (wrapper is null || wrapper.ClassList.Length == 0 && wrapper.LocalName is not "article") return false;
        var signature = Signature(wrapper);
        return Ancestors(page).OfType<IElement>().Any(a => a != page && Signature(a) == signature);
    }

    static string Signature(IElement e) => e.LocalName + "." + string.Join('.', e.ClassList.Order(StringComparer.Ordinal));

    /// <summary>Paragraphs of text under the headline, and a date of its own unless the site's article template repeats.</summary>
    static bool IsArticle(List<INode> nodes, IElement headline, bool wrapped, bool repeated)
    {
        var lines = nodes.SelectMany(n => n is IElement e ? BlockText.Lines(e) : BlockText.Flatten(n.TextContent) is { Length: > 0 } t ? [t] : []).ToList();
        var title = BlockText.Flatten(headline.TextContent);
        var body = lines.Where(l => l != title && l.Length >= MinParagraphChars).ToList();
        if (body.Count < MinParagraphs || body.Sum(l => l.Length) < MinTextChars) return false;
        return repeated || OwnDate(nodes, lines, title, wrapped);
    }

    /// <summary>
    /// A &lt;time&gt; of its own, or a line of date or byline right under or above its headline ("19 май 2025, 17:30",
    /// "Публикувано на …"); in a wrapper the headline opens, also a dateline ("Ташкент, 11 юни 2025 14:30 (БТА) |
    /// Редактор: …"). A date inside a sentence is what a section of one long article reports.
    /// </summary>
    static bool OwnDate(List<INode> nodes, List<string> lines, string title, bool wrapped)
    {
        if (nodes.OfType<IElement>().Any(e => e.LocalName is "time" || e.QuerySelector("time") is not null)) return true;
        var at = Math.Max(0, lines.IndexOf(title));
        return lines.Skip(Math.Max(0, at - 1)).Take(DateLinesLooked + 1).Any(l =>
            l != title && l.Length <= MaxDateLineChars && (PageFurniture.DateOf(l) is not null || wrapped && DateFinder.First(l, null) is not null));
    }

    /// <summary>The characters of text between the page's headline and the next story's, outside the site's frame.</summary>
    static int OwnTextChars(IElement body, IElement heading, IElement next)
    {
        var (chars, after) = (0, false);
        foreach (var text in body.Descendants<IText>())
        {
            if (next.Contains(text)) break;
            if (heading.Contains(text)) after = true;
            else if (after && text.ParentElement is { LocalName: not ("script" or "style") } parent && !InSiteFrame(parent)) chars += text.Data.Trim().Length;
        }
        return chars;
    }

    /// <summary>A headline in the site's own frame (masthead, menus, sidebars, footer) is not an article's.</summary>
    static bool InSiteFrame(IElement h) =>
        h.Closest("nav, header, footer, aside, [role=navigation], [role=banner], [role=contentinfo], [role=complementary]") is not null;

    static string? Address(IElement headline, IElement? wrapper, string? pageUrl)
    {
        var candidates = new List<string?>();
        if (wrapper is not null) candidates.AddRange(AddressAttributes.Select(wrapper.GetAttribute));
        candidates.Add(headline.QuerySelector("a[href]")?.GetAttribute("href") ?? headline.Closest("a[href]")?.GetAttribute("href"));
        foreach (var href in candidates)
        {
            if (string.IsNullOrWhiteSpace(href)) continue;
            if (Uri.TryCreate(href.Trim(), UriKind.Absolute, out var absolute) && absolute.Scheme is "http" or "https") return absolute.AbsoluteUri;
            if (pageUrl is not null && Uri.TryCreate(pageUrl, UriKind.Absolute, out var page) && Uri.TryCreate(page, href.Trim(), out var resolved)
                && resolved.Scheme is "http" or "https" && resolved.AbsolutePath.Length > 1)
                return resolved.AbsoluteUri;
        }
        return null;
    }

    static IEnumerable<INode> Ancestors(INode node)
    {
        for (var n = node; n is not null; n = n.Parent) yield return n;
    }

    static string Markup(INode node) => node switch
    {
        IElement e => e.OuterHtml,
        IText t => System.Net.WebUtility.HtmlEncode(t.Data),
        _ => "",
    };

    static int Words(IElement h) => h.TextContent.Split((char[])[' ', '\n', '\t', '\r', '\u00A0'], StringSplitOptions.RemoveEmptyEntries).Length;
}
