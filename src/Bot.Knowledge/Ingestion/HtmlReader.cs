using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Bot.Knowledge.Ingestion.Reading;
using Bot.Knowledge.Ingestion.Reading.Tables;
using Bot.Knowledge.Model;
using Bot.Knowledge.Text;

namespace Bot.Knowledge.Ingestion;

/// <summary>
/// Reads a news page as a reader sees it: the page's furniture taken out first (<see cref="PageBoilerplate"/>: menus,
/// sidebars and "other news" lists with their own headlines and dates, share rows, footers), then the article's text
/// with SmartReader (a Readability port on AngleSharp), or the remaining blocks when the article is too short for it,
/// data tables read row by row with their headers (<see cref="HtmlTables"/>), the captions of the article's photos kept
/// (<see cref="PhotoCaptions"/>),
/// and furniture lines dropped (<see cref="PageFurniture"/>). Title and date come from the page's metadata (see
/// <see cref="HtmlMetadata"/>), else from its headline and the date shown next to it. Other whole articles the page holds
/// (the next story an infinite-scroll site appended: <see cref="AppendedArticles"/>) are read as documents of their own,
/// each with its own headline and date. Scripts are never run.
/// </summary>
public static class HtmlReader
{
    /// <summary>How far from the headline the page's own date is looked for, in lines of text.</summary>
    const int LinesBeforeHeading = 3, LinesAfterHeading = 6;

    /// <param name="uri">The store key the document gets.</param>
    /// <param name="url">The address the page was downloaded from; null for a local file.</param>
    public static SourceDocument Read(string uri, string? url, string html) => Read(uri, url, html, near: null);

    /// <param name="near">The date of the page an appended story came with, for its dateline without a year.</param>
    static SourceDocument Read(string uri, string? url, string html, PartialDate? near)
    {
        html = TextSanitizer.Clean(html);
        if (string.IsNullOrWhiteSpace(html)) throw new IngestionException("empty HTML");
        var dom = new HtmlParser().ParseDocument(html);
        // A channel's posts are read as a page of dated items before anything else reads the page.
        var posts = TelegramPosts.Rewrite(dom);
        var meta = new HtmlMetadata(dom);
        var heading = TitleHeading.Find(dom, meta.Title);
        // Taken out first: the page's metadata, dates and text are then its own article's.
        var appended = AppendedArticles.Detach(dom, heading, url ?? meta.Address);
        var headline = heading is null ? null : HeadlineText(heading);
        // A title read off the headline element itself (the page's only h1) loses its slug the same way.
        var declaredTitle = meta.Title is { } declared && heading is not null && BlockText.Flatten(declared) == BlockText.Flatten(heading.TextContent) ? headline : meta.Title;
        var footerDate = FooterDate(dom);
        var besideHeadline = BesideHeadline(heading, meta.Saved);
        var galleryCaptions = PhotoCaptions.OfArticleGallery(heading);
        PageBoilerplate.Remove(dom, heading);
        var itemHeads = ItemHeads(dom, heading);
        var captions = PhotoCaptions.Texts(dom).Union(galleryCaptions, StringComparer.Ordinal).ToList();
        HtmlTables.Linearize(dom);
        var blocks = dom.Body is null ? [] : BlockText.Lines(dom.Body);
        var shownDate = ShownDate(blocks, headline, meta.Saved);
        // Everything the page says of itself is read before SmartReader, which rearranges the document it is given.
        var published = meta.Stated ?? shownDate ?? besideHeadline ?? ClosingDate.Find(blocks) ?? footerDate ?? UrlDate.Of(url ?? meta.Address) ?? meta.Modified;
        var (source, lang) = (url is null ? meta.Source : url, meta.Lang);
        var declaredBody = posts ? null : DeclaredBody(meta.ArticleBody);
        // Before SmartReader, whose text keeps a source's line breaks: a paragraph wrapped at 100 columns is one paragraph.
        RenderedSpaces.Collapse(dom.Body);
        var (text, article) = MainText(url, dom);
        // Posts are all the page holds: no article is looked for among them, which would keep the text and drop the days.
        var paragraphs = PageFurniture.Strip(PhotoCaptions.Keep((posts ? null : text) ?? blocks, captions));
        // A page whose scripts draw the article holds only the site's frame, or a lead: the body its JSON-LD declares is the text.
        if (declaredBody is not null && paragraphs.Sum(p => p.Length) * DeclaredBodyShare < declaredBody.Sum(p => p.Length))
            paragraphs = PageFurniture.Strip(declaredBody);
        if (paragraphs.Sum(p => p.Length) < 20) throw new IngestionException("no readable article text in the HTML");
        var page = new DocumentParts(paragraphs)
        {
            Title = declaredTitle ?? headline ?? NullIfEmpty(article.Title),
            Published = published ?? (article.PublicationDate is { } p ? PartialDate.From(DateOnly.FromDateTime(p)) : null),
            Source = source,
            DeclaredLang = lang,
            Near = near,
            ItemHeads = itemHeads,
            PageLines = blocks,
        }.ToDocument(uri);
        page = NewsItems.Split(paragraphs) is { } items ? page with { Items = ItemDocuments(uri, items, source, lang) } : page;
        return appended.Count == 0 ? page : page with { Items = [.. page.Documents, .. AppendedDocuments(uri, page.Url, lang, page.Published, appended)] };
    }

    // The declared body replaces the page's text only when the page shows less than a third of it.
    const int DeclaredBodyShare = 3;

    /// <summary>The paragraphs of a JSON-LD articleBody: HTML read as HTML, plain text split at its line breaks.</summary>
    static List<string>? DeclaredBody(string? body)
    {
        if (string.IsNullOrWhiteSpace(body)) return null;
        if (body.Contains('<', StringComparison.Ordinal) && body.Contains('>', StringComparison.Ordinal))
        {
            var dom = new HtmlParser().ParseDocument("<html><body>" + body + "</body></html>");
            return dom.Body is null ? null : BlockText.Lines(dom.Body);
        }
        return [.. body.Split('\n').Select(line => line.Trim()).Where(line => line.Length > 0)];
    }

    /// <summary>
    /// Each article appended to the page, read as a page of its own: stored under its own address when the page names
    /// one, else under the page's with an anchor ("#next-1"). One without readable text is left out.
    /// </summary>
    static IEnumerable<SourceDocument> AppendedDocuments(string uri, string? pageUrl, string? lang, PartialDate? pageDate, List<AppendedArticles.Part> parts)
    {
        var n = 0;
        foreach (var part in parts)
        {
            var anchor = part.Address is null ? $"#next-{++n}" : null;
            SourceDocument doc;
            try
            {
                var html = $"<html lang=\"{System.Net.WebUtility.HtmlEncode(lang ?? "")}\"><body>{part.Html}</body></html>";
                doc = Read(part.Address ?? uri + anchor, null, html, pageDate);
            }
            catch (IngestionException)
            {
                continue;
            }
            // Its headline may be of the second rank, which a page of its own would not take for its title.
            if (doc.Items.Count == 0) doc = doc with { Title = part.Headline, TitleFromText = false };
            foreach (var one in doc.Documents)
                yield return one with { Url = part.Address ?? pageUrl, Anchor = part.Address is null ? anchor + one.Anchor : one.Anchor, Appended = true };
        }
    }

    /// <summary>Each item of a page of several, under its own date and headline, keyed by its date on the page.</summary>
    static List<SourceDocument> ItemDocuments(string uri, List<NewsItems.Item> items, string? source, string? lang)
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        return items.Select(item =>
        {
            var key = item.Date.ToString();
            var n = seen[key] = seen.GetValueOrDefault(key) + 1;
            var anchor = "#" + key + (n > 1 ? $"-{n}" : "");
            return new DocumentParts(item.Paragraphs) { Title = item.Title, Published = item.Date, Source = source, DeclaredLang = lang }
                .ToDocument(uri + anchor) with { Anchor = anchor };
        }).ToList();
    }

    /// <summary>
    /// The heads of the stories a digest page holds (see <see cref="DigestItems"/>): its h2–h4 other than the page's
    /// headline, and paragraphs all in bold ("&lt;p&gt;&lt;strong&gt;Kazakhstan, Greece sign…&lt;/strong&gt;&lt;/p&gt;").
    /// </summary>
    static List<string> ItemHeads(IHtmlDocument dom, AngleSharp.Dom.IElement? heading)
    {
        var heads = new List<string>();
        if (dom.Body is null) return heads;
        foreach (var e in dom.Body.QuerySelectorAll("h2, h3, h4, p"))
        {
            if (e == heading) continue;
            if (e.LocalName is "p" && !AllBold(e)) continue;
            if (BlockText.Flatten(e.TextContent) is var head && DigestItems.IsHead(head)) heads.Add(head);
        }
        return heads;
    }

    /// <summary>A paragraph whose every word is inside its b or strong children.</summary>
    static bool AllBold(AngleSharp.Dom.IElement p)
    {
        var bold = 0;
        foreach (var child in p.Children)
            if (child.LocalName is "b" or "strong") bold += child.TextContent.Trim().Length;
        return bold > 0 && bold >= p.TextContent.Trim().Length - 1;
    }

    /// <summary>
    /// SmartReader's article from the page without its furniture, one paragraph per block of its markup, or null when it
    /// finds none (a short item). Its text content keeps the source's line breaks, and a page whose paragraphs are wrapped
    /// in the source ("… Ғабит Сыздықбеков пен Пловдив қаласының мэрі⏎Костадин Димитров қол қойды.") would be read as one
    /// paragraph per source line, a sentence cut in two; in the markup a line break inside a paragraph is a space.
    /// </summary>
    static (List<string>? Paragraphs, SmartReader.Article Article) MainText(string? url, IHtmlDocument dom)
    {
        var article = new SmartReader.Reader(url ?? "https://localhost/document", dom) { Debug = false }.GetArticle();
        if (!article.IsReadable || string.IsNullOrWhiteSpace(article.TextContent)) return (null, article);
        var content = new HtmlParser().ParseDocument("<html><body>" + article.Content + "</body></html>");
        return (content.Body is null ? null : BlockText.Lines(content.Body), article);
    }

    /// <summary>
    /// The date a page shows beside its headline ("09.06.2025, 14:35", "Публикувано на 10 май 2023 · Прочетено 248
    /// пъти"): a line of furniture just above or below it. Dates further away belong to what the page reports. A date
    /// shown as "3 days ago" ("Публикувана: преди 3 дни") counts back from the day the copy was saved, when the page says.
    /// </summary>
    static PartialDate? ShownDate(List<string> blocks, string? headline, PartialDate? saved)
    {
        var at = headline is null ? -1 : blocks.FindIndex(b => b == headline);
        var from = at < 0 ? 0 : Math.Max(0, at - LinesBeforeHeading);
        var to = Math.Min(blocks.Count - 1, at < 0 ? LinesAfterHeading : at + LinesAfterHeading);
        // "Updated: …" is when the page changed, not when it appeared: another dated line near the headline comes first.
        PartialDate? updated = null;
        for (var i = from; i <= to; i++)
        {
            if (i == at || PageFurniture.DateOf(blocks[i], saved) is not { } date) continue;
            if (!PageLayoutWords.ModifiedStart.IsMatch(blocks[i])) return date;
            updated ??= date;
        }
        return updated;
    }

    /// <summary>
    /// The date line right beside the headline, read before the page's furniture goes: a site may mark it with a class
    /// that furniture also uses ("live-date" beside a live blog's headline: "9 June 2025 · Updating live").
    /// </summary>
    static PartialDate? BesideHeadline(AngleSharp.Dom.IElement? heading, PartialDate? saved)
    {
        if (heading is null) return null;
        foreach (var sibling in new[] { heading.NextElementSibling, heading.NextElementSibling?.NextElementSibling, heading.PreviousElementSibling })
            if (sibling is not null && BlockText.Flatten(sibling.TextContent) is { Length: > 0 and <= MaxDateLineChars } line && PageFurniture.DateOf(line, saved) is { } date)
                return date;
        return null;
    }

    const int MaxDateLineChars = 120;

    /// <summary>
    /// The date a footer states of the page ("Published: …"), read before footers go with the rest of the furniture;
    /// the article's own footer comes before the site's. A footer inside a sidebar or a list belongs to another story.
    /// </summary>
    static PartialDate? FooterDate(IHtmlDocument dom) => dom.Body?.QuerySelectorAll("footer, [role=contentinfo]")
        .Where(f => f.ParentElement?.Closest("aside, nav, li, [role=complementary], [role=navigation]") is null)
        .Select(f => ClosingDate.Find(BlockText.Lines(f)))
        .FirstOrDefault(d => d is not null);

    /// <summary>The headline's words without a rubric slug set inside it ("&lt;h1&gt;&lt;span&gt;EXCLUSIVE&lt;/span&gt; Kazakhstan …&lt;/h1&gt;").</summary>
    static string HeadlineText(AngleSharp.Dom.IElement heading)
    {
        var whole = BlockText.Flatten(heading.TextContent);
        var slug = heading.Children.FirstOrDefault(c => c.TextContent.Trim().Length > 0);
        if (slug is null || !Kicker.Is(slug.TextContent) || !whole.StartsWith(BlockText.Flatten(slug.TextContent), StringComparison.Ordinal)) return whole;
        var rest = whole[BlockText.Flatten(slug.TextContent).Length..].TrimStart(' ', ':', '|', '—', '–', '-', '·');
        return rest.Length > 0 ? rest : whole;
    }

    static string? NullIfEmpty(string? s) => string.IsNullOrWhiteSpace(s) ? null : s;
}
