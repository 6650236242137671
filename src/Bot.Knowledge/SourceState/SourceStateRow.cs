using SQLite;

namespace Bot.Knowledge.SourceState;

/// <summary>What the monitor remembers of one source between polls and restarts (table source_state).</summary>
[Table("source_state")]
public sealed class SourceStateRow
{
    [PrimaryKey, Column("source_key")] public string SourceKey { get; set; } = "";
    [Column("kind")] public string Kind { get; set; } = "";
    [Column("url")] public string Url { get; set; } = "";
    [Column("etag")] public string? ETag { get; set; }
    [Column("last_modified")] public string? LastModified { get; set; }
    [Column("last_polled_at")] public string? LastPolledAt { get; set; }
    [Column("last_success_at")] public string? LastSuccessAt { get; set; }
    [Column("next_due_at")] public string? NextDueAt { get; set; }
    [Column("consecutive_failures")] public int ConsecutiveFailures { get; set; }
    [Column("last_error")] public string? LastError { get; set; }
    [Column("items_seen")] public long ItemsSeen { get; set; }
    [Column("failure_notified")] public bool FailureNotified { get; set; }
}
