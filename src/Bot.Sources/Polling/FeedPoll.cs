using Bot.Knowledge.SourceState;
using Bot.Sources.Feeds;
using Bot.Knowledge.Fetching;
using Bot.Sources.Relevance;
using Bot.Sources.State;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.Sources.Polling;

/// <summary>
/// One feed: a conditional GET (a 304 ends the poll with no other request), the entries parsed, those already handled
/// passed over by canonical URL, and at most Sources:MaxItemsPerPoll new ones — newest first — fetched and ingested.
/// An entry that fails is recorded with its reason and tried again on a later poll; it never fails the feed.
/// </summary>
public sealed class FeedPoll(GuardedFetcher fetcher, IOptions<SourcesOptions> options, ILogger<FeedPoll> logger)
{
    const string FeedTypes = "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.1";
    const string PageTypes = "text/html, application/xhtml+xml;q=0.9, */*;q=0.1";

    public async Task<SourceReport> PollAsync(PassContext ctx, WatchedSource source, SourceStateRow state, CancellationToken ct)
    {
        var fetched = await fetcher.FetchAsync(source.Url, FeedTypes, state.ETag, state.LastModified, ct);
        if (fetched.NotModified) return new SourceReport(source, SourceStatus.NotModified, null, 0, []);
        var entries = FeedParser.Parse(fetched.Body, fetched.FinalUrl);
        state.ETag = fetched.ETag;
        state.LastModified = fetched.LastModified;

        var items = new List<ItemReport>();
        var handled = 0;
        foreach (var entry in entries.OrderByDescending(e => e.Published ?? DateTimeOffset.MinValue))
        {
            ct.ThrowIfCancellationRequested();
            if (entry.Link is null) continue;
            var web = entry.Link.Scheme is "http" or "https";
            var url = web ? ItemUrl.Canonical(entry.Link) : entry.Link.OriginalString;
            var known = ctx.Seen.Find(url);
            if (known is not null && (known.State != ItemStates.Failed || known.Attempts >= options.Value.ItemAttempts)) continue;
            if (handled >= options.Value.MaxItemsPerPoll)
            {
                items.Add(new ItemReport(url, ItemOutcome.Deferred, $"over Sources:MaxItemsPerPoll ({options.Value.MaxItemsPerPoll}); next poll", entry.Title));
                continue;
            }
            handled++;
            if (known is null) state.ItemsSeen++;
            try
            {
                items.Add(await HandleAsync(ctx, source, entry, url, ct));
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // One poisonous article must not fail its feed on every poll: it fails alone, and is given up after ItemAttempts.
                logger.LogError(e, "Article {Url} from {Source} could not be handled", url, source.Name);
                items.Add(Fail(ctx, source, url, $"unexpected error ({e.GetType().Name}): {e.Message}", entry.Title));
            }
        }
        return new SourceReport(source, SourceStatus.Polled, null, entries.Count, items);
    }

    async Task<ItemReport> HandleAsync(PassContext ctx, WatchedSource source, FeedItem entry, string url, CancellationToken ct)
    {
        if (entry.Link!.Scheme is not ("http" or "https"))
            return ArticleIngestor.Skip(ctx, source, url, $"refused: only http and https links are followed, not {entry.Link.Scheme}:", entry.Title);
        if (!KeywordFilter.Matches(source.Include, $"{entry.Title}\n{entry.Summary}\n{string.Join('\n', entry.Categories)}"))
            return ArticleIngestor.Skip(ctx, source, url, "no Include keyword in the feed entry", entry.Title);
        if (ctx.Seen.InStore(url)) return ArticleIngestor.Skip(ctx, source, url, "duplicate: this URL is already in the store", entry.Title);

        FetchResult page;
        try { page = await fetcher.FetchAsync(entry.Link, PageTypes, null, null, ct); }
        catch (FetchException e) { return Fail(ctx, source, url, e.Message, entry.Title); }
        if (page.MediaType is not ("text/html" or "application/xhtml+xml" or null))
            return ArticleIngestor.Skip(ctx, source, url, $"not an HTML page ({page.MediaType})", entry.Title);

        // A link that redirects (a feed proxy, a short link) is the article it ends at: that address is deduplicated too.
        var final = ItemUrl.Canonical(page.FinalUrl);
        if (final != url && (ctx.Seen.IsDone(final, options.Value.ItemAttempts) || ctx.Seen.InStore(final)))
            return ArticleIngestor.Skip(ctx, source, url, $"duplicate: redirects to {final}, already handled", entry.Title);
        string html;
        try { html = BodyText.Decode(page); }
        catch (FetchException e) { return ArticleIngestor.Skip(ctx, source, url, e.Message, entry.Title); }
        var report = ArticleIngestor.Ingest(ctx, source, final, html, entry.Title, entry.Published);
        if (final != url) ctx.Seen.Record(url, source.Key, report.Outcome == ItemOutcome.Ingested ? ItemStates.Ingested : ItemStates.Skipped, $"redirects to {final}");
        return report with { Url = url };
    }

    ItemReport Fail(PassContext ctx, WatchedSource source, string url, string reason, string? title)
    {
        ctx.Seen.Record(url, source.Key, ItemStates.Failed, reason);
        var left = options.Value.ItemAttempts - (ctx.Seen.Find(url)?.Attempts ?? 1);
        return new ItemReport(url, ItemOutcome.Failed, left > 0 ? $"{reason} (will try again, {left} attempt(s) left)" : $"{reason} (given up)", title);
    }
}
