using AngleSharp.Dom;

namespace Bot.Knowledge.Ingestion.Reading;

/// <summary>
/// Takes the furniture out of a news page before its text is read: menus, breadcrumbs, sidebars and "other news"
/// lists (with their own headlines, dates and figures), share rows, tag clouds, cookie banners, footers, the captions
/// of teasers' photos (the article's own photo captions stay: <see cref="PhotoCaptions"/>).
/// What marks furniture is data (page-layout.json): tags, ARIA roles and class or id words; lists of links are
/// furniture whatever they are called. An element holding the article's headline or most of the page's paragraphs
/// is never taken out, whatever its class says: a site may call its article wrapper "main-side".
/// </summary>
public static class PageBoilerplate
{
    const int MinLinksInList = 3;
    const double LinkShare = 0.6;

    /// <param name="heading">The article's headline element, if the page has one (see <see cref="TitleHeading"/>).</param>
    public static void Remove(IDocument dom, IElement? heading)
    {
        var body = dom.Body;
        if (body is null) return;
        foreach (var node in body.QuerySelectorAll("script:not([type='application/ld+json']), style, noscript, template, svg").ToList()) node.Remove();
        var paragraphChars = Math.Max(1, body.QuerySelectorAll("p").Sum(p => p.TextContent.Length));
        foreach (var element in body.QuerySelectorAll("*").ToList())
        {
            if (element.Parent is null || !IsAttached(element, body)) continue;
            if (element.LocalName is "script") continue;
            // A photo's caption is the article's unless it is a teaser's (see PhotoCaptions).
            if (PhotoCaptions.IsCaption(element) ? !PhotoCaptions.BelongsToTeaser(element) : !IsFurniture(element)) continue;
            if (Holds(element, heading) || element.QuerySelectorAll("p").Sum(p => p.TextContent.Length) * 2 > paragraphChars) continue;
            if (IsRunOfTheArticle(element, paragraphChars) || FactBox.IsOne(element)) continue;
            element.Remove();
        }
    }

    /// <summary>
    /// One of a run of blocks made alike (same tag and class) that together hold most of the page's paragraphs: a live
    /// blog's entries ("live-entry"), a story told in cards. A class word that marks furniture elsewhere ("live") does
    /// not take the article's text with it; a tag or role that marks the site's frame (nav, aside) still does.
    /// </summary>
    static bool IsRunOfTheArticle(IElement element, int paragraphChars)
    {
        if (element.ParentElement is not { } parent || PageLayoutWords.Tags.Contains(element.LocalName) || element.HasAttribute("role")) return false;
        var alike = parent.Children.Where(c => c.LocalName == element.LocalName && c.ClassName == element.ClassName).ToList();
        return alike.Count >= MinRun && alike.Sum(c => c.QuerySelectorAll("p").Sum(p => p.TextContent.Length)) * 2 > paragraphChars;
    }

    const int MinRun = 3;

    /// <summary>An element that marks itself as furniture: its tag, role, class or id, or a body of links.</summary>
    internal static bool IsFurniture(IElement e)
    {
        if (PageLayoutWords.Tags.Contains(e.LocalName)) return true;
        if (e.GetAttribute("role") is { } role && PageLayoutWords.Roles.Contains(role.Trim())) return true;
        if (e.HasAttribute("hidden") || e.GetAttribute("aria-hidden") == "true") return true;
        if (Named(e.ClassName) || Named(e.Id)) return true;
        return IsLinkList(e);
    }

    /// <summary>A class or id naming furniture: one of its words whole ("sidebar"), or a part of one ("main-menu").</summary>
    static bool Named(string? names)
    {
        if (string.IsNullOrWhiteSpace(names)) return false;
        foreach (var name in names.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (PageLayoutWords.Classes.Contains(name)) return true;
            foreach (var part in name.Split('-', '_'))
                if (part.Length > 0 && PageLayoutWords.Classes.Contains(part)) return true;
        }
        return false;
    }

    /// <summary>A list or block that is mostly links (menus, "related" lists, tag clouds) is furniture whatever its name.</summary>
    static bool IsLinkList(IElement e)
    {
        if (e.LocalName is not ("ul" or "ol" or "div" or "section" or "table")) return false;
        var links = e.QuerySelectorAll("a");
        if (links.Length < MinLinksInList) return false;
        var text = e.TextContent.Trim().Length;
        return text > 0 && links.Sum(a => a.TextContent.Trim().Length) >= LinkShare * text;
    }

    static bool Holds(IElement element, IElement? heading) => heading is not null && (element == heading || element.Contains(heading));

    static bool IsAttached(IElement element, IElement body)
    {
        for (var e = element.ParentElement; e is not null; e = e.ParentElement)
            if (e == body) return true;
        return false;
    }
}
