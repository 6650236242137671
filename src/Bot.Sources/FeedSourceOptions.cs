namespace Bot.Sources;

/// <summary>One RSS or Atom feed.</summary>
public sealed class FeedSourceOptions
{
    public string Url { get; set; } = "";

    /// <summary>Shown in reports and admin notices; the host name when empty.</summary>
    public string? Name { get; set; }

    /// <summary>When set, only entries whose title, summary or categories contain one of these words are fetched (a general news feed).</summary>
    public List<string> Include { get; set; } = [];

    /// <summary>When set, only articles detected in one of these languages (en, ru, bg, kk) are kept.</summary>
    public List<string> Languages { get; set; } = [];

    public TimeSpan? Interval { get; set; }
}
