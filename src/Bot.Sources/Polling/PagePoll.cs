using Bot.Knowledge.SourceState;
using Bot.Knowledge.Fetching;
using Bot.Sources.State;

namespace Bot.Sources.Polling;

/// <summary>
/// One watched page: a conditional GET, and when the page changed, its text ingested again under its own address —
/// the store replaces the earlier version, and only an agreement it never knew produces alerts.
/// </summary>
public sealed class PagePoll(GuardedFetcher fetcher)
{
    const string PageTypes = "text/html, application/xhtml+xml;q=0.9, */*;q=0.1";

    public async Task<SourceReport> PollAsync(PassContext ctx, WatchedSource source, SourceStateRow state, CancellationToken ct)
    {
        var fetched = await fetcher.FetchAsync(source.Url, PageTypes, state.ETag, state.LastModified, ct);
        if (fetched.NotModified) return new SourceReport(source, SourceStatus.NotModified, null, 0, []);
        if (fetched.MediaType is not ("text/html" or "application/xhtml+xml" or null))
            throw new FetchException($"not an HTML page ({fetched.MediaType})");
        state.ETag = fetched.ETag;
        state.LastModified = fetched.LastModified;
        var url = ItemUrl.Canonical(fetched.FinalUrl);
        if (ctx.Seen.Find(url) is null) state.ItemsSeen++;
        var item = ArticleIngestor.Ingest(ctx, source, url, BodyText.Decode(fetched), feedTitle: null, published: null);
        return new SourceReport(source, SourceStatus.Polled, null, 1, [item]);
    }
}
