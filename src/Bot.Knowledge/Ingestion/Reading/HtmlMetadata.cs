using System.Text.Json;
using AngleSharp.Dom;
using Bot.Knowledge.Model;

namespace Bot.Knowledge.Ingestion.Reading;

/// <summary>
/// What a page says about itself, in the places publishers put it: Open Graph and article meta tags, schema.org JSON-LD,
/// a <c>&lt;time datetime&gt;</c> in the page, the canonical link, the document language.
/// </summary>
public sealed class HtmlMetadata(IDocument dom)
{
    public string? Title => FirstNonEmpty(Meta("og:title"), JsonLd("headline"), SingleHeading(), null);

    public PartialDate? Published => Stated ?? Modified;

    /// <summary>The publication date the page states: its meta tags, JSON-LD, or the article's &lt;time&gt;.</summary>
    public PartialDate? Stated =>
        new[] { Meta("article:published_time"), JsonLd("datePublished"), Meta("date"), Meta("dc.date"), Meta("dcterms.created"), ArticleTime() }
            .Select(DocumentDate.Parse).FirstOrDefault(d => d is not null);

    /// <summary>When the page was last changed: a date to fall back on only when nothing better says when it appeared.</summary>
    public PartialDate? Modified =>
        new[] { Meta("og:updated_time"), Meta("article:modified_time"), JsonLd("dateModified") }.Select(DocumentDate.Parse).FirstOrDefault(d => d is not null);

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

    string? JsonLd(string property)
    {
        foreach (var script in dom.QuerySelectorAll("script[type='application/ld+json']"))
        {
            try
            {
                using var json = JsonDocument.Parse(script.TextContent);
                if (Find(json.RootElement, property, 0) is { } value) return value;
            }
            catch (JsonException)
            {
                // A broken JSON-LD block is the publisher's problem, not a reason to lose the article.
            }
        }
        return null;
    }

    static string? Find(JsonElement e, string property, int depth)
    {
        if (depth > 6) return null;
        if (e.ValueKind == JsonValueKind.Object)
        {
            if (e.TryGetProperty(property, out var v) && v.ValueKind == JsonValueKind.String) return v.GetString();
            foreach (var p in e.EnumerateObject())
                if (Find(p.Value, property, depth + 1) is { } found) return found;
        }
        else if (e.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in e.EnumerateArray())
                if (Find(item, property, depth + 1) is { } found) return found;
        }
        return null;
    }

    static string? FirstNonEmpty(string? a, string? b, string? c, string? d) =>
        new[] { a, b, c, d }.FirstOrDefault(v => !string.IsNullOrWhiteSpace(v))?.Trim();
}
