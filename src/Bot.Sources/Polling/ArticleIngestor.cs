using Bot.Knowledge.Ingestion;
using Bot.Knowledge.Model;
using Bot.Knowledge.Text;
using Bot.Sources.Dedup;
using Bot.Sources.State;

namespace Bot.Sources.Polling;

/// <summary>
/// An article's HTML in, a stored document out — or the reason it was not stored: main text by SmartReader (the page is
/// parsed, never rendered, its scripts never run), language detected from the text, the feed's language list, the
/// Kazakhstan–Bulgaria test, then content deduplication, then the store (which merges an agreement another outlet
/// already reported and writes alerts for a new one in the same transaction).
/// </summary>
public static class ArticleIngestor
{
    public static ItemReport Ingest(PassContext ctx, WatchedSource source, string url, string html, string? feedTitle, DateTimeOffset? published)
    {
        SourceDocument doc;
        try { doc = HtmlReader.Read(url, url, html); }
        catch (IngestionException e) { return Skip(ctx, source, url, $"no article text: {e.Message}", feedTitle); }

        var title = string.IsNullOrWhiteSpace(feedTitle) ? doc.Title : feedTitle.Trim();
        var text = title + "\n" + string.Join("\n", doc.Paragraphs);
        var lang = LanguageGuess.Of(text);
        if (source.Languages.Count > 0 && !source.Languages.Contains(lang))
            return Skip(ctx, source, url, $"language {lang} is not in this feed's Languages ({string.Join(", ", source.Languages)})", title);
        if (!ctx.Relevance.IsAbout(text, out var offTopic)) return Skip(ctx, source, url, offTopic, title);

        var fingerprint = ArticleFingerprint.Of(doc.Paragraphs);
        if (ctx.Duplicates.Check(url, fingerprint) is { } duplicate) return Skip(ctx, source, url, duplicate, title);

        // The feed's date is the publication date; the page's own metadata only when the feed gives none.
        var date = published is { } p ? PartialDate.From(DateOnly.FromDateTime(p.DateTime)) : doc.Published;
        doc = doc with { Uri = url, Url = url, Title = title, Published = date, Lang = lang };
        Knowledge.Storage.SaveOutcome outcome;
        try { outcome = ctx.Writer.Save(doc, ctx.Extractor.Extract(doc)); }
        catch (IngestionException e)
        {
            ctx.Seen.Record(url, source.Key, ItemStates.Failed, e.Message);
            return new ItemReport(url, ItemOutcome.Failed, $"not stored: {e.Message}", title);
        }

        // The store's own dedupe step: the same text already stored under another address (ingested by hand, say).
        if (outcome.DuplicateOf is { } stored) return Skip(ctx, source, url, $"same text as {stored}, which is kept", title);
        ctx.Seen.Record(url, source.Key, ItemStates.Ingested, outcome.Status.ToString().ToLowerInvariant(), fingerprint, date?.ToString());
        ctx.Duplicates.Add(url, fingerprint);
        return outcome.Status == Knowledge.Storage.SaveStatus.Unchanged
            ? new ItemReport(url, ItemOutcome.Unchanged, "unchanged since the last poll", title)
            : new ItemReport(url, ItemOutcome.Ingested, null, title) { NewAgreementIds = outcome.NewAgreementIds };
    }

    internal static ItemReport Skip(PassContext ctx, WatchedSource source, string url, string reason, string? title)
    {
        ctx.Seen.Record(url, source.Key, ItemStates.Skipped, reason);
        return new ItemReport(url, ItemOutcome.Skipped, reason, title);
    }
}
