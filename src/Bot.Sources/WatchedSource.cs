namespace Bot.Sources;

public enum SourceKind { Feed, Page }

/// <summary>
/// One configured source as the poller sees it: its settings resolved against the defaults. The key (kind and
/// canonical URL) names its saved state, so renaming a source in the settings keeps its history.
/// </summary>
public sealed record WatchedSource(
    SourceKind Kind, string Key, string Name, Uri Url, TimeSpan Interval, IReadOnlyList<string> Include, IReadOnlyList<string> Languages);
