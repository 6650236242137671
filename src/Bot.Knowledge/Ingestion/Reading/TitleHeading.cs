using AngleSharp.Dom;

namespace Bot.Knowledge.Ingestion.Reading;

/// <summary>
/// The element holding an article's headline: the h1 that repeats the page's declared title, else the first h1 that
/// is not a link and not in the masthead (sites put their name in an h1 too), else a second-level heading marked as a title (older CMS pages
/// title the article with an h2 and leave the h1 to the site).
/// </summary>
public static class TitleHeading
{
    public static IElement? Find(IDocument dom, string? declaredTitle)
    {
        var h1s = dom.QuerySelectorAll("body h1").Where(h => Words(h) > 0 && !IsLogo(h)).ToList();
        // A rubric set as an h1 above the story ("ЭКОНОМИКА") is a slug, not the headline, when a headline follows.
        if (h1s.Any(h => !Kicker.Is(h.TextContent))) h1s.RemoveAll(h => Kicker.Is(h.TextContent));
        // A site's name set as an h1 in its masthead comes before the article's own h1.
        if (h1s.Count > 1 && h1s.FirstOrDefault(h => !InFurniture(h)) is { } inArticle) h1s.Insert(0, inArticle);
        if (declaredTitle is { Length: > 0 } title)
        {
            var same = dom.QuerySelectorAll("body h1, body h2").FirstOrDefault(h => Same(h.TextContent, title));
            if (same is not null) return same;
        }
        if (h1s.Count > 0) return h1s[0];
        return dom.QuerySelectorAll("body h2").FirstOrDefault(h => IsMarkedTitle(h) && Words(h) >= 2);
    }

    static bool InFurniture(IElement h)
    {
        for (var e = h; e is not null && e.LocalName is not "body"; e = e.ParentElement)
            if (PageBoilerplate.IsFurniture(e)) return true;
        return false;
    }

    static int Words(IElement h) => h.TextContent.Split((char[])[' ', '\n', '\t', '\r'], StringSplitOptions.RemoveEmptyEntries).Length;

    static bool IsLogo(IElement h) => h.QuerySelector("a") is { } a && a.TextContent.Trim().Length >= h.TextContent.Trim().Length;

    static bool IsMarkedTitle(IElement h)
    {
        for (var e = h; e is not null && e.LocalName is not "body"; e = e.ParentElement)
        {
            var names = $"{e.ClassName} {e.Id}";
            if (PageLayoutWords.File.TitleClassWords.Any(w => names.Contains(w, StringComparison.OrdinalIgnoreCase))) return true;
        }
        return false;
    }

    static bool Same(string a, string b) => Normal(a) == Normal(b);

    static string Normal(string s) => string.Join(' ', s.Split((char[])[' ', '\n', '\t', '\r', '\u00A0'], StringSplitOptions.RemoveEmptyEntries)).Trim().ToLowerInvariant();
}
