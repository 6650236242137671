using SQLite;

namespace Bot.Knowledge.SourceState;

/// <summary>One watched feed or page as stored (table watched_sources); the monitor resolves it against the settings' defaults.</summary>
[Table("watched_sources")]
public sealed class WatchedSourceRow
{
    /// <summary>"config": copied from the settings (kept in step with them); "admin", "cli", "opml": added at run time.</summary>
    public const string FromSettings = "config";

    [PrimaryKey, Column("source_key")] public string SourceKey { get; set; } = "";
    /// <summary>feed | page</summary>
    [Column("kind")] public string Kind { get; set; } = "feed";
    [Column("url")] public string Url { get; set; } = "";
    [Column("name")] public string? Name { get; set; }
    /// <summary>Its own polling interval; null takes Sources:DefaultInterval.</summary>
    [Column("interval_seconds")] public long? IntervalSeconds { get; set; }
    [Column("include_json")] public string IncludeJson { get; set; } = "[]";
    [Column("languages_json")] public string LanguagesJson { get; set; } = "[]";
    [Column("paused")] public bool Paused { get; set; }
    [Column("removed")] public bool Removed { get; set; }
    [Column("origin")] public string Origin { get; set; } = FromSettings;
    [Column("added_at")] public string AddedAt { get; set; } = "";
}
