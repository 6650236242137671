namespace Bot.Sources;

/// <summary>Section "Sources": the feeds and pages to watch, how often, and the limits every download is held to.</summary>
public sealed class SourcesOptions
{
    public const string Section = "Sources";

    public List<FeedSourceOptions> Feeds { get; set; } = [];

    public List<PageSourceOptions> Pages { get; set; } = [];

    /// <summary>No source is polled more often than this, whatever its own Interval says: publishers are not ours to hammer.</summary>
    public TimeSpan MinimumInterval { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>For a source without an Interval of its own.</summary>
    public TimeSpan DefaultInterval { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>The longest a failing source waits between attempts; back-off doubles up to here.</summary>
    public TimeSpan MaxBackoff { get; set; } = TimeSpan.FromHours(12);

    /// <summary>New feed items handled in one poll, newest first; the rest wait for the next poll.</summary>
    public int MaxItemsPerPoll { get; set; } = 50;

    /// <summary>Largest feed or page body accepted (after decompression).</summary>
    public int MaxBytes { get; set; } = 5 * 1024 * 1024;

    /// <summary>One download's limit, redirects and body included.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(20);

    public int MaxRedirects { get; set; } = 5;

    /// <summary>Loopback, private, link-local and other internal targets are refused unless this is true (tests on 127.0.0.1).</summary>
    public bool AllowPrivateNetworks { get; set; }

    /// <summary>Consecutive failures of one source before the admins get one notice about it.</summary>
    public int FailureNoticeAfter { get; set; } = 5;

    /// <summary>Polls an article that could not be fetched is tried again before it is given up.</summary>
    public int ItemAttempts { get; set; } = 3;

    /// <summary>Share of word 3-shingles (estimated Jaccard) from which two articles count as one re-published text.</summary>
    public double NearDuplicateSimilarity { get; set; } = 0.7;

    /// <summary>How far back articles are compared for near-duplicates: wire copy is re-published within days.</summary>
    public TimeSpan NearDuplicateWindow { get; set; } = TimeSpan.FromDays(30);

    public string UserAgent { get; set; } = "kzbg-bot/1.0 (+source monitor)";

    public bool HasSources => Feeds.Count > 0 || Pages.Count > 0;
}
