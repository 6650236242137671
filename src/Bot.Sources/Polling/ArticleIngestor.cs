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
/// already reported and writes alerts for a new one in the same transaction). A page of several dated news items (an
/// embassy's news page, a chronicle) is taken item by item, each under its own date and address, as `ingest` does.
/// </summary>
public static class ArticleIngestor
{
    public static ItemReport Ingest(PassContext ctx, WatchedSource source, string url, string html, string? feedTitle, DateTimeOffset? published)
    {
        SourceDocument doc;
        try { doc = HtmlReader.Read(url, url, html); }
        catch (IngestionException e) { return Skip(ctx, source, url, $"no article text: {e.Message}", feedTitle); }
        if (doc.Items.Count > 0) return IngestItems(ctx, source, url, doc.Items);

        var title = string.IsNullOrWhiteSpace(feedTitle) ? doc.Title : feedTitle.Trim();
        // The feed's date is the publication date; the page's own metadata only when the feed gives none.
        var date = published is { } p ? PartialDate.From(DateOnly.FromDateTime(p.DateTime)) : doc.Published;
        var attempt = Store(ctx, source, doc with { Uri = url, Url = url, Title = title, Published = date });
        return attempt.Outcome switch
        {
            ItemOutcome.Skipped => Skip(ctx, source, url, attempt.Reason!, title),
            ItemOutcome.Failed => Failed(ctx, source, url, attempt.Reason!, title),
            _ => Stored(ctx, source, url, attempt, title, date),
        };
    }

    /// <summary>
    /// Each item of a page of several on its own: the language and relevance tests, deduplication and the store see one
    /// item at a time, so an item about something else is left out while the others are kept. The page's address is
    /// reported once, with what became of its items.
    /// </summary>
    static ItemReport IngestItems(PassContext ctx, WatchedSource source, string url, IReadOnlyList<SourceDocument> items)
    {
        var attempts = items.Select(item =>
        {
            var key = url + item.Anchor;
            var attempt = Store(ctx, source, item with { Uri = key, Url = url });
            if (attempt.Kept)
                ctx.Seen.Record(key, source.Key, ItemStates.Ingested, attempt.Reason, attempt.Fingerprint, item.Published?.ToString());
            return attempt;
        }).ToList();
        var kept = attempts.Where(a => a.Kept).ToList();
        var left = attempts.Where(a => !a.Kept).Select(a => a.Reason).Distinct().ToList();
        var title = items[0].Title;
        if (kept.Count == 0)
        {
            var reason = $"none of the page's {items.Count} news items was stored: {string.Join("; ", left)}";
            return attempts.Any(a => a.Outcome == ItemOutcome.Failed) ? Failed(ctx, source, url, reason, title) : Skip(ctx, source, url, reason, title);
        }
        var summary = $"{kept.Count} of the page's {items.Count} news items stored" + (left.Count > 0 ? $"; left out: {string.Join("; ", left)}" : "");
        ctx.Seen.Record(url, source.Key, ItemStates.Ingested, summary, null, items[0].Published?.ToString());
        var ids = kept.SelectMany(a => a.NewAgreementIds).ToList();
        return kept.All(a => a.Outcome == ItemOutcome.Unchanged)
            ? new ItemReport(url, ItemOutcome.Unchanged, "unchanged since the last poll", title)
            : new ItemReport(url, ItemOutcome.Ingested, summary, title) { NewAgreementIds = ids };
    }

    /// <param name="Reason">Why it was not stored; for a stored one, what the store did ("added", "updated", "unchanged").</param>
    sealed record Attempt(ItemOutcome Outcome, string? Reason, ArticleFingerprint? Fingerprint = null, IReadOnlyList<long>? NewAgreementIds = null)
    {
        public IReadOnlyList<long> NewAgreementIds { get; } = NewAgreementIds ?? [];

        /// <summary>In the store now, new or as it was.</summary>
        public bool Kept => Outcome is ItemOutcome.Ingested or ItemOutcome.Unchanged;
    }

    /// <summary>filter → dedupe → extract → save one document, keyed by its <see cref="SourceDocument.Uri"/>.</summary>
    static Attempt Store(PassContext ctx, WatchedSource source, SourceDocument doc)
    {
        var key = doc.Uri;
        var text = doc.Title + "\n" + string.Join("\n", doc.Paragraphs);
        var lang = LanguageGuess.Of(text);
        if (source.Languages.Count > 0 && !source.Languages.Contains(lang))
            return new(ItemOutcome.Skipped, $"language {lang} is not in this feed's Languages ({string.Join(", ", source.Languages)})");
        if (!ctx.Relevance.IsAbout(text, out var offTopic)) return new(ItemOutcome.Skipped, offTopic);

        var fingerprint = ArticleFingerprint.Of(doc.Paragraphs);
        if (ctx.Duplicates.Check(key, fingerprint) is { } duplicate) return new(ItemOutcome.Skipped, duplicate);

        Knowledge.Storage.SaveOutcome outcome;
        try { outcome = ctx.Writer.Save(doc with { Lang = lang }, ctx.Extractor.Extract(doc with { Lang = lang })); }
        catch (IngestionException e) { return new(ItemOutcome.Failed, $"not stored: {e.Message}"); }

        // The store's own dedupe step: the same text already stored under another address (ingested by hand, say).
        if (outcome.DuplicateOf is { } stored) return new(ItemOutcome.Skipped, $"same text as {stored}, which is kept");
        ctx.Duplicates.Add(key, fingerprint);
        var saved = outcome.Status.ToString().ToLowerInvariant();
        return outcome.Status == Knowledge.Storage.SaveStatus.Unchanged
            ? new(ItemOutcome.Unchanged, saved, fingerprint)
            : new(ItemOutcome.Ingested, saved, fingerprint, outcome.NewAgreementIds);
    }

    static ItemReport Stored(PassContext ctx, WatchedSource source, string url, Attempt attempt, string title, PartialDate? date)
    {
        ctx.Seen.Record(url, source.Key, ItemStates.Ingested, attempt.Reason, attempt.Fingerprint, date?.ToString());
        return attempt.Outcome == ItemOutcome.Unchanged
            ? new ItemReport(url, ItemOutcome.Unchanged, "unchanged since the last poll", title)
            : new ItemReport(url, ItemOutcome.Ingested, null, title) { NewAgreementIds = attempt.NewAgreementIds };
    }

    static ItemReport Failed(PassContext ctx, WatchedSource source, string url, string reason, string? title)
    {
        ctx.Seen.Record(url, source.Key, ItemStates.Failed, reason);
        return new ItemReport(url, ItemOutcome.Failed, reason, title);
    }

    internal static ItemReport Skip(PassContext ctx, WatchedSource source, string url, string reason, string? title)
    {
        ctx.Seen.Record(url, source.Key, ItemStates.Skipped, reason);
        return new ItemReport(url, ItemOutcome.Skipped, reason, title);
    }
}
