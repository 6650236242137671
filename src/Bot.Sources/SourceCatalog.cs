using Bot.Knowledge.Ingestion;

namespace Bot.Sources;

/// <summary>The configured feeds and pages, each with its effective interval (never below Sources:MinimumInterval).</summary>
public static class SourceCatalog
{
    public static IReadOnlyList<WatchedSource> From(SourcesOptions options)
    {
        var feeds = options.Feeds.Select(f => Create(SourceKind.Feed, f.Url, f.Name, f.Interval, f.Include, f.Languages, options));
        var pages = options.Pages.Select(p => Create(SourceKind.Page, p.Url, p.Name, p.Interval, [], [], options));
        // The same URL listed twice would be polled twice and share one state row: keep the first.
        return feeds.Concat(pages).DistinctBy(s => s.Key).ToList();
    }

    static WatchedSource Create(SourceKind kind, string url, string? name, TimeSpan? interval, List<string> include, List<string> languages, SourcesOptions options)
    {
        var uri = new Uri(url, UriKind.Absolute);
        var key = (kind == SourceKind.Feed ? "feed:" : "page:") + UrlCanonicalizer.Canonical(uri);
        var every = interval ?? options.DefaultInterval;
        if (every < options.MinimumInterval) every = options.MinimumInterval;
        return new WatchedSource(kind, key, string.IsNullOrWhiteSpace(name) ? uri.Host : name.Trim(), uri, every,
            include.Select(k => k.Trim()).ToList(), languages.Select(l => l.Trim().ToLowerInvariant()).ToList());
    }
}
