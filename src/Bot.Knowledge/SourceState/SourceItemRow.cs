using SQLite;

namespace Bot.Knowledge.SourceState;

/// <summary>
/// One article URL (canonical) a source has offered, and what became of it (table source_items): a URL seen once is
/// never fetched again, except a failed one, which is tried on later polls up to Sources:ItemAttempts times.
/// </summary>
[Table("source_items")]
public sealed class SourceItemRow
{
    [PrimaryKey, Column("url")] public string Url { get; set; } = "";
    [Column("source_key")] public string SourceKey { get; set; } = "";
    [Column("state")] public string State { get; set; } = "";
    [Column("reason")] public string? Reason { get; set; }
    [Column("attempts")] public int Attempts { get; set; }
    [Column("content_hash")] public string? ContentHash { get; set; }
    [Column("minhash")] public byte[]? MinHash { get; set; }
    [Column("shingles")] public int Shingles { get; set; }
    [Column("numbers")] public string? Numbers { get; set; }
    [Column("published")] public string? Published { get; set; }
    [Column("first_seen_at")] public string FirstSeenAt { get; set; } = "";
    [Column("updated_at")] public string UpdatedAt { get; set; } = "";
}
