using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Bot.Knowledge.Ingestion.Reading;
using Bot.Knowledge.Text;

namespace Bot.Knowledge.Ingestion;

/// <summary>
/// Extracts an article's main text with SmartReader (a Readability port on AngleSharp), and its title, date, source and
/// language from the page's metadata (see <see cref="HtmlMetadata"/>). Scripts are never run; the HTML is only parsed.
/// </summary>
public static class HtmlReader
{
    /// <param name="uri">The store key the document gets.</param>
    /// <param name="url">The address the page was downloaded from; null for a local file.</param>
    public static SourceDocument Read(string uri, string? url, string html)
    {
        html = TextSanitizer.Clean(html);
        if (string.IsNullOrWhiteSpace(html)) throw new IngestionException("empty HTML");
        var dom = new HtmlParser().ParseDocument(html);
        var reader = new SmartReader.Reader(url ?? "https://localhost/document", html) { Debug = false };
        var article = reader.GetArticle();
        var text = article.IsReadable && !string.IsNullOrWhiteSpace(article.TextContent) ? article.TextContent : VisibleText(dom);
        var paragraphs = text is null ? [] : Paragraphs.Split(NormalizeLines(text), markdown: false);
        if (paragraphs.Sum(p => p.Length) < 20) throw new IngestionException("no readable article text in the HTML");
        var meta = new HtmlMetadata(dom);
        return new DocumentParts(paragraphs)
        {
            Title = meta.Title ?? article.Title,
            Published = meta.Published ?? (article.PublicationDate is { } p ? Model.PartialDate.From(DateOnly.FromDateTime(p)) : null),
            Source = url is null ? meta.Source : url,
            DeclaredLang = meta.Lang,
        }.ToDocument(uri);
    }

    // Fallback for pages too short for Readability: the body's text without code and hidden templates.
    static string? VisibleText(IDocument dom)
    {
        if (dom.Body is null) return null;
        var body = (IElement)dom.Body.Clone(deep: true);
        foreach (var node in body.QuerySelectorAll("script, style, noscript, template").ToList()) node.Remove();
        return string.Join("\n", body.QuerySelectorAll("p, li, h1, h2, h3, h4, td, div").Where(e => !e.Children.Any(c => c.LocalName is "p" or "li" or "div" or "td"))
            .Select(e => e.TextContent).DefaultIfEmpty(body.TextContent));
    }

    // SmartReader returns text with single newlines between blocks; treat each block as a paragraph.
    static string NormalizeLines(string text) => string.Join("\n\n", text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0));
}
