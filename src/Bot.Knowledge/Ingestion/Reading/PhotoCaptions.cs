using AngleSharp.Dom;

namespace Bot.Knowledge.Ingestion.Reading;

/// <summary>
/// The captions of a page's photos (a figcaption, a "wp-caption-text" paragraph, an image's "photo-caption" div; the
/// marks are in page-layout.json). The caption of the article's own photo states facts — who is in it, how many
/// companies took part — and is a passage of the article; the caption of a teaser (a photo inside a link or a list
/// item, or beside a headline that links elsewhere) belongs to another story and goes, as furniture does.
/// </summary>
public static class PhotoCaptions
{
    const int MaxCaptionChars = 600;

    /// <summary>An element that is a photo's caption by its tag, class or id.</summary>
    public static bool IsCaption(IElement e) =>
        PageLayoutWords.CaptionTagSet.Contains(e.LocalName) || Named(e.ClassName) || Named(e.Id);

    /// <summary>A caption of another story's photo: inside a link or a list item, or in a card with a headline link.</summary>
    public static bool BelongsToTeaser(IElement caption)
    {
        if (caption.Closest("a, li") is not null) return true;
        var photo = caption.Closest("figure") ?? caption.ParentElement;
        return photo?.ParentElement is { } card && card.Children.Any(c => c != photo
            && (c.LocalName is "a" || c.LocalName is "h2" or "h3" or "h4" or "h5" or "h6" && c.QuerySelector("a") is not null));
    }

    /// <summary>The text of each caption left on the page, innermost captions only (a caption div may wrap its text).</summary>
    public static List<string> Texts(IDocument dom) => dom.Body is null ? [] : dom.Body.QuerySelectorAll("*")
        .Where(e => IsCaption(e) && !e.QuerySelectorAll("*").Any(IsCaption))
        .Select(e => BlockText.Flatten(e.TextContent))
        .Where(t => t.Length is > 0 and <= MaxCaptionChars)
        .Distinct(StringComparer.Ordinal)
        .ToList();

    /// <summary>
    /// The captions of the article's own photo gallery, read before the page's furniture goes: a gallery block is furniture
    /// by its class ("gallery") and goes whole, yet the captions of the photos of the article itself — inside the
    /// headline's &lt;article&gt;, in no aside, nav or footer, linking nowhere — state its facts ("the ambassador
    /// donated 120 volumes"), sometimes nowhere else. A page with no &lt;article&gt; around its headline gives none.
    /// </summary>
    public static List<string> OfArticleGallery(IElement? heading)
    {
        if (heading?.Closest("article") is not { } article) return [];
        return article.QuerySelectorAll("*")
            .Where(e => IsCaption(e) && !e.QuerySelectorAll("*").Any(IsCaption) && !BelongsToTeaser(e) && !InSideBlock(e, article))
            .Select(e => BlockText.Flatten(e.TextContent))
            .Where(t => t.Length is > 0 and <= MaxCaptionChars)
            .Distinct(StringComparer.Ordinal)
            .ToList();
    }

    static bool InSideBlock(IElement caption, IElement article)
    {
        for (var e = caption.ParentElement; e is not null && e != article; e = e.ParentElement)
            if (PageLayoutWords.Tags.Contains(e.LocalName) || e.GetAttribute("role") is { } role && PageLayoutWords.Roles.Contains(role.Trim())) return true;
        return false;
    }

    /// <summary>
    /// The article's paragraphs with each caption the main-text reader left out added after them: it often drops a
    /// photo's block, and what the caption says is the article's all the same.
    /// </summary>
    public static List<string> Keep(List<string> paragraphs, IReadOnlyList<string> captions)
    {
        if (captions.Count == 0) return paragraphs;
        var text = string.Join("\n", paragraphs.Select(BlockText.Flatten));
        var kept = new List<string>(paragraphs);
        kept.AddRange(captions.Where(c => !text.Contains(c, StringComparison.Ordinal)));
        return kept;
    }

    static bool Named(string? names)
    {
        if (string.IsNullOrWhiteSpace(names)) return false;
        foreach (var name in names.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (PageLayoutWords.CaptionClasses.Contains(name)) return true;
            // "article__photo-desc": a caption word may be one part of the name or two parts running.
            var parts = name.Split('-', '_').Where(p => p.Length > 0).ToList();
            for (var i = 0; i < parts.Count; i++)
                if (PageLayoutWords.CaptionClasses.Contains(parts[i]) || i + 1 < parts.Count && PageLayoutWords.CaptionClasses.Contains(parts[i] + "-" + parts[i + 1])) return true;
        }
        return false;
    }

}
