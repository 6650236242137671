using System.Text.Json;
using Bot.Knowledge.Ingestion;
using Bot.Knowledge.SourceState;

namespace Bot.Sources;

/// <summary>
/// Sources as the monitor polls them: the stored rows (the settings' feeds and pages copied in, and those added at
/// run time) resolved against the defaults, each interval never below Sources:MinimumInterval.
/// </summary>
public static class SourceCatalog
{
    /// <summary>The settings' feeds and pages as rows to store; the same URL listed twice is kept once.</summary>
    public static IReadOnlyList<WatchedSourceRow> Configured(SourcesOptions options)
    {
        var feeds = options.Feeds.Select(f => Row(SourceKind.Feed, f.Url, f.Name, f.Interval, f.Include, f.Languages, WatchedSourceRow.FromSettings));
        var pages = options.Pages.Select(p => Row(SourceKind.Page, p.Url, p.Name, p.Interval, [], [], WatchedSourceRow.FromSettings));
        return feeds.Concat(pages).DistinctBy(s => s.SourceKey).ToList();
    }

    public static WatchedSourceRow Row(SourceKind kind, string url, string? name, TimeSpan? interval, IEnumerable<string> include, IEnumerable<string> languages, string origin) => new()
    {
        SourceKey = Key(kind, new Uri(url, UriKind.Absolute)),
        Kind = kind == SourceKind.Feed ? "feed" : "page",
        Url = new Uri(url, UriKind.Absolute).AbsoluteUri,
        Name = string.IsNullOrWhiteSpace(name) ? null : name.Trim(),
        IntervalSeconds = interval is { } every ? (long)every.TotalSeconds : null,
        IncludeJson = JsonSerializer.Serialize(include.Select(k => k.Trim()).ToList()),
        LanguagesJson = JsonSerializer.Serialize(languages.Select(l => l.Trim().ToLowerInvariant()).ToList()),
        Origin = origin,
    };

    /// <summary>The key a source's state is saved under: its kind and canonical URL, so renaming it keeps its history.</summary>
    public static string Key(SourceKind kind, Uri url) => (kind == SourceKind.Feed ? "feed:" : "page:") + UrlCanonicalizer.Canonical(url);

    public static WatchedSource Resolve(WatchedSourceRow row, SourcesOptions options)
    {
        var uri = new Uri(row.Url, UriKind.Absolute);
        return new WatchedSource(row.Kind == "page" ? SourceKind.Page : SourceKind.Feed, row.SourceKey, row.Name ?? uri.Host, uri,
            Interval(row, options), JsonSerializer.Deserialize<List<string>>(row.IncludeJson) ?? [], JsonSerializer.Deserialize<List<string>>(row.LanguagesJson) ?? []);
    }

    public static TimeSpan Interval(WatchedSourceRow row, SourcesOptions options)
    {
        var every = row.IntervalSeconds is { } s ? TimeSpan.FromSeconds(s) : options.DefaultInterval;
        return every < options.MinimumInterval ? options.MinimumInterval : every;
    }
}
