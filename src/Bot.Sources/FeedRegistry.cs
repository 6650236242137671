using Bot.Knowledge.SourceState;
using Bot.Sources.Feeds;
using Bot.Sources.Monitoring;
using Microsoft.Extensions.Options;

namespace Bot.Sources;

/// <summary>
/// The watched sources: the settings' feeds and pages (copied into the store once per process, then kept in step with
/// the settings) and those added at run time; what the monitor polls (<see cref="Active"/>) and the admins manage.
/// </summary>
public sealed class FeedRegistry(WatchedSourceStore store, SourceStateStore states, IOptions<SourcesOptions> options, SourcesChanged changed, TimeProvider clock) : IFeedRegistry
{
    readonly Lock _sync = new();
    bool _synced;

    public TimeSpan MinimumInterval => options.Value.MinimumInterval;

    /// <summary>What the monitor polls: every source neither paused nor removed.</summary>
    public IReadOnlyList<WatchedSource> Active() =>
        [.. Rows().Where(r => !r.Paused).Select(r => SourceCatalog.Resolve(r, options.Value))];

    public IReadOnlyList<FeedStatus> List() => [.. Rows().Select((r, i) => Status(r, i + 1))];

    public FeedChange Add(string url, TimeSpan? interval, string origin, bool isPage = false, string? name = null)
    {
        if (!Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https")) return new FeedChange(FeedOutcome.BadUrl);
        SyncOnce();
        var raised = interval is { } asked && asked < MinimumInterval;
        var row = SourceCatalog.Row(isPage ? SourceKind.Page : SourceKind.Feed, uri.AbsoluteUri, name, raised ? MinimumInterval : interval, [], [], origin);
        var added = store.Add(row);
        if (added) changed.Notify();
        return new FeedChange(added ? FeedOutcome.Added : FeedOutcome.AlreadyWatched, Find(row.SourceKey), raised);
    }

    public FeedChange Remove(string reference)
    {
        if (Find(reference) is not { } feed) return new FeedChange(FeedOutcome.NotFound);
        store.Remove(feed.Key);
        return new FeedChange(FeedOutcome.Removed, feed);
    }

    public FeedChange Pause(string reference, bool paused)
    {
        if (Find(reference) is not { } feed) return new FeedChange(FeedOutcome.NotFound);
        store.SetPaused(feed.Key, paused);
        if (!paused) changed.Notify();
        return new FeedChange(paused ? FeedOutcome.Paused : FeedOutcome.Resumed, Find(feed.Key));
    }

    public OpmlImport ImportOpml(Stream opml, string origin)
    {
        int added = 0, known = 0;
        var refused = new List<string>();
        foreach (var outline in OpmlFile.Read(opml))
        {
            var change = Add(outline.Url, outline.Interval, origin, outline.IsPage, outline.Name);
            if (change.Outcome == FeedOutcome.Added) added++;
            else if (change.Outcome == FeedOutcome.AlreadyWatched) known++;
            else refused.Add($"{outline.Url}: not an http(s) address");
        }
        return new OpmlImport(added, known, refused);
    }

    public void ExportOpml(Stream destination)
    {
        var rows = Rows();
        OpmlFile.Write(List(), rows.ToDictionary(r => r.SourceKey, r => r.IntervalSeconds), destination, clock.GetUtcNow());
    }

    /// <summary>By number in the list, by key, or by URL (as a feed or as a page).</summary>
    FeedStatus? Find(string reference)
    {
        var all = List();
        var text = reference.Trim();
        if (int.TryParse(text, out var number)) return number >= 1 && number <= all.Count ? all[number - 1] : null;
        if (all.FirstOrDefault(f => f.Key == text) is { } byKey) return byKey;
        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https")) return null;
        var keys = new[] { SourceCatalog.Key(SourceKind.Feed, uri), SourceCatalog.Key(SourceKind.Page, uri) };
        return all.FirstOrDefault(f => keys.Contains(f.Key));
    }

    List<WatchedSourceRow> Rows()
    {
        SyncOnce();
        return store.All().Where(r => !r.Removed).ToList();
    }

    /// <summary>The settings' sources copied in before anything else is read or added, so they keep their place in the numbering.</summary>
    void SyncOnce()
    {
        lock (_sync)
        {
            if (_synced) return;
            store.SyncConfigured(SourceCatalog.Configured(options.Value));
            _synced = true;
        }
    }

    FeedStatus Status(WatchedSourceRow row, int number)
    {
        var source = SourceCatalog.Resolve(row, options.Value);
        var state = states.Find(row.SourceKey);
        return new FeedStatus(number, row.SourceKey, row.Kind, source.Name, row.Url, source.Interval, row.Paused, row.Origin,
            Polling.SourcePoller.ParseTime(state?.LastPolledAt), row.Paused ? null : Polling.SourcePoller.ParseTime(state?.NextDueAt) ?? clock.GetUtcNow(),
            state?.ConsecutiveFailures ?? 0, state?.LastError);
    }
}
