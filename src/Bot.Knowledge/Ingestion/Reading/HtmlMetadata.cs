using System.Text.Json;
using AngleSharp.Dom;
using Bot.Knowledge.Extraction;
using Bot.Knowledge.Model;

namespace Bot.Knowledge.Ingestion.Reading;

/// <summary>
/// What a page says about itself, in the places publishers put it: Open Graph and article meta tags, schema.org JSON-LD,
/// a <c>&lt;time datetime&gt;</c> in the page, the canonical link, the document language.
/// </summary>
public sealed class HtmlMetadata(IDocument dom)
{
    /// <summary>The headline the page declares, without the site's name that Open Graph titles often carry ("Headline | Site").</summary>
    public string? Title => WithoutSiteName(FirstNonEmpty(Meta("og:title"), JsonLd("headline"), SingleHeading(), null));

    static readonly string[] TitleSeparators = [" | ", " - ", " — ", " – ", " :: ", " « ", " » "];

    string? WithoutSiteName(string? title)
    {
        if (title is null || FirstNonEmpty(Meta("og:site_name"), JsonLdIn("publisher", "name"), null, null) is not { } site) return title;
        foreach (var sep in TitleSeparators)
        {
            if (title.EndsWith(sep + site, StringComparison.OrdinalIgnoreCase) && title.Length > sep.Length + site.Length)
                return title[..^(sep.Length + site.Length)].Trim();
            if (title.StartsWith(site + sep, StringComparison.OrdinalIgnoreCase) && title.Length > sep.Length + site.Length)
                return title[(site.Length + sep.Length)..].Trim();
        }
        return title;
    }

    public PartialDate? Published => Stated ?? Modified;

    /// <summary>The publication date the page states: its meta tags, JSON-LD, or the article's &lt;time&gt;.</summary>
    public PartialDate? Stated =>
        new[] { Meta("article:published_time"), JsonLd("datePublished"), Meta("date"), Meta("dc.date"), Meta("dcterms.created"), ArticleTime() }
            .Select(DocumentDate.Parse).FirstOrDefault(d => d is not null);

    /// <summary>When the page was last changed: a date to fall back on only when nothing better says when it appeared.</summary>
    public PartialDate? Modified =>
        new[] { Meta("og:updated_time"), Meta("article:modified_time"), JsonLd("dateModified") }.Select(DocumentDate.Parse).FirstOrDefault(d => d is not null);

    /// <summary>
    /// When this copy of the page was made, as the tool that made it wrote it: a mirroring or saving tool's comment
    /// (HTTrack's "Mirrored from … by HTTrack …, Mon, 18 Mar 2019 08:12:40 GMT", SingleFile's "saved date: …") or a
    /// crawler's meta tag (page-layout.json's savedMarks and savedMetaNames). Not when the page appeared: a "3 days ago"
    /// the page shows counts back from it.
    /// </summary>
    public PartialDate? Saved =>
        PageLayoutWords.File.SavedMetaNames.Select(Meta).Select(DocumentDate.Parse).FirstOrDefault(d => d is { Day: not null }) ?? SavedComment();

    PartialDate? SavedComment()
    {
        foreach (var comment in dom.Descendants<IComment>())
        {
            var text = comment.TextContent;
            foreach (var mark in PageLayoutWords.File.SavedMarks)
            {
                var at = text.IndexOf(mark, StringComparison.OrdinalIgnoreCase);
                if (at < 0) continue;
                // The copied address may hold digits of its own ("/2019-03-01-…"): only the words after it are read.
                var words = text[(at + mark.Length)..].Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Where(w => !w.Contains('/'));
                if (DateFinder.First(string.Join(' ', words), null) is { } day) return PartialDate.From(day);
            }
        }
        return null;
    }

    /// <summary>The page's own address (its canonical link, else its Open Graph URL): where a site's path may date it.</summary>
    public string? Address => FirstNonEmpty(dom.QuerySelector("link[rel='canonical']")?.GetAttribute("href"), Meta("og:url"), null, null);

    /// <summary>The page's own statement of its source (a "source" meta tag), else its canonical or Open Graph address.</summary>
    public string? Source => FirstNonEmpty(Meta("source"), dom.QuerySelector("link[rel='canonical']")?.GetAttribute("href"), Meta("og:url"), null);

    public string? Lang => FirstNonEmpty(dom.DocumentElement.GetAttribute("lang"), Meta("og:locale"), null, null);

    string? Meta(string name) =>
        (dom.QuerySelector($"meta[property='{name}']") ?? dom.QuerySelector($"meta[name='{name}' i]"))?.GetAttribute("content");

    /// <summary>
    /// The article's own &lt;time&gt; first: a page's other times are often comments or related stories (read after
    /// <see cref="PageBoilerplate"/> has taken those out, only the article's are left).
    /// </summary>
    string? ArticleTime() =>
        (dom.QuerySelector("article time[datetime]") ?? dom.QuerySelector("main time[datetime]") ?? dom.QuerySelector("time[datetime]"))?.GetAttribute("datetime");

    string? SingleHeading() => dom.QuerySelectorAll("h1") is { Length: 1 } h1 ? h1[0].TextContent : null;

    /// <summary>
    /// A property of the page's JSON-LD: of the article object first (a NewsArticle, Article, BlogPosting, Report), then
    /// of any object — a page's graph also describes its site, its breadcrumbs and lists of other stories, each with
    /// dates of their own.
    /// </summary>
    string? JsonLd(string property) => JsonLdIn(null, property);

    /// <summary>
    /// The article's whole text as the page declares it in its JSON-LD ("articleBody" of its NewsArticle), for a page whose
    /// scripts draw the article: its HTML then holds only the site's frame. Read from the article object only.
    /// </summary>
    public string? ArticleBody => ArticleProperty("articleBody");

    string? ArticleProperty(string property)
    {
        foreach (var script in dom.QuerySelectorAll("script[type='application/ld+json']"))
        {
            try
            {
                using var json = JsonDocument.Parse(script.TextContent);
                if (Find(json.RootElement, null, property, true, false, 0) is { } value) return value;
            }
            catch (JsonException)
            {
                // As above: a broken block is skipped.
            }
        }
        return null;
    }

    /// <param name="within">Only inside this property of an object (e.g. the "publisher"), or anywhere when null.</param>
    string? JsonLdIn(string? within, string property)
    {
        foreach (var articleFirst in (bool[])[true, false])
        {
            foreach (var script in dom.QuerySelectorAll("script[type='application/ld+json']"))
            {
                try
                {
                    using var json = JsonDocument.Parse(script.TextContent);
                    if (Find(json.RootElement, within, property, articleFirst, false, 0) is { } value) return value;
                }
                catch (JsonException)
                {
                    // A broken JSON-LD block is the publisher's problem, not a reason to lose the article.
                }
            }
        }
        return null;
    }

    static bool IsArticle(JsonElement e) =>
        e.TryGetProperty("@type", out var type) && (type.ValueKind == JsonValueKind.Array ? type.EnumerateArray().Any(ArticleType) : ArticleType(type));

    static bool ArticleType(JsonElement type) =>
        type.ValueKind == JsonValueKind.String && type.GetString() is { } t && (t.EndsWith("Article", StringComparison.Ordinal) || t is "BlogPosting" or "Report");

    /// <param name="articleOnly">Read the property only on an article object.</param>
    /// <param name="inside">Already inside the <paramref name="within"/> property (or no such restriction).</param>
    static string? Find(JsonElement e, string? within, string property, bool articleOnly, bool inside, int depth)
    {
        if (depth > 6) return null;
        inside |= within is null;
        if (e.ValueKind == JsonValueKind.Object)
        {
            if (inside && (!articleOnly || IsArticle(e) || within is not null) && e.TryGetProperty(property, out var v) && v.ValueKind == JsonValueKind.String)
                return v.GetString();
            foreach (var p in e.EnumerateObject())
                if (Find(p.Value, within, property, articleOnly, inside || p.Name == within, depth + 1) is { } found) return found;
        }
        else if (e.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in e.EnumerateArray())
                if (Find(item, within, property, articleOnly, inside, depth + 1) is { } found) return found;
        }
        return null;
    }

    static string? FirstNonEmpty(string? a, string? b, string? c, string? d) =>
        new[] { a, b, c, d }.FirstOrDefault(v => !string.IsNullOrWhiteSpace(v))?.Trim();
}
