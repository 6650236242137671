using AngleSharp.Html.Parser;
using Bot.Knowledge.Model;

namespace Bot.Knowledge.Ingestion;

/// <summary>
/// Extracts an article's main text with SmartReader (a Readability port on AngleSharp), and its title,
/// date and language from the page's metadata. Scripts are never run; the HTML is only parsed.
/// </summary>
public static class HtmlReader
{
    public static SourceDocument Read(string uri, string? url, string html)
    {
        if (string.IsNullOrWhiteSpace(html)) throw new IngestionException("empty HTML");
        var dom = new HtmlParser().ParseDocument(html);
        var reader = new SmartReader.Reader(url ?? "https://localhost/document", html) { Debug = false };
        var article = reader.GetArticle();
        var text = article.IsReadable && !string.IsNullOrWhiteSpace(article.TextContent) ? article.TextContent : VisibleText(dom);
        var paragraphs = text is null ? [] : Paragraphs.Split(NormalizeLines(text), markdown: false);
        if (paragraphs.Sum(p => p.Length) < 20) throw new IngestionException("no readable article text in the HTML");
        var title = FirstNonEmpty(Meta(dom, "og:title"), article.Title, dom.Title, paragraphs[0])!;
        var published = PartialDate.Parse(DatePart(FirstNonEmpty(Meta(dom, "article:published_time"), Meta(dom, "date"),
            dom.QuerySelector("time[datetime]")?.GetAttribute("datetime"), article.PublicationDate?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture))));
        var lang = FirstNonEmpty(dom.DocumentElement.GetAttribute("lang")?.Split('-')[0].ToLowerInvariant()) ?? Text.LanguageGuess.Of(text!);
        return new SourceDocument(uri, title.Trim(), url, published, lang, paragraphs);
    }

    // Fallback for pages too short for Readability: the body's text without code and hidden templates.
    static string? VisibleText(AngleSharp.Dom.IDocument dom)
    {
        if (dom.Body is null) return null;
        var body = (AngleSharp.Dom.IElement)dom.Body.Clone(deep: true);
        foreach (var node in body.QuerySelectorAll("script, style, noscript, template").ToList()) node.Remove();
        return string.Join("\n", body.QuerySelectorAll("p, li, h1, h2, h3, h4, td, div").Where(e => !e.Children.Any(c => c.LocalName is "p" or "li" or "div" or "td"))
            .Select(e => e.TextContent).DefaultIfEmpty(body.TextContent));
    }

    // SmartReader returns text with single newlines between blocks; treat each block as a paragraph.
    static string NormalizeLines(string text) => string.Join("\n\n", text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0));

    static string? Meta(AngleSharp.Dom.IDocument dom, string name) =>
        dom.QuerySelector($"meta[property='{name}']")?.GetAttribute("content") ?? dom.QuerySelector($"meta[name='{name}']")?.GetAttribute("content");

    static string? DatePart(string? s) => s is { Length: >= 10 } ? s[..10] : s;

    static string? FirstNonEmpty(params string?[] values) => values.FirstOrDefault(v => !string.IsNullOrWhiteSpace(v));
}
