using SQLite;

namespace Bot.Knowledge.Digests;

/// <summary>One digest for one chat and period. pending → sending (attempt marked first) → sent | empty | dead | cancelled.</summary>
[Table("digest_outbox")]
public sealed class DigestRow
{
    [PrimaryKey, AutoIncrement, Column("id")] public long Id { get; set; }
    [Column("chat_id")] public long ChatId { get; set; }
    [Column("period_start")] public string PeriodStart { get; set; } = "";
    [Column("period_end")] public string PeriodEnd { get; set; } = "";
    [Column("state")] public string State { get; set; } = "pending";
    [Column("attempts")] public int Attempts { get; set; }
    [Column("next_attempt_at")] public string NextAttemptAt { get; set; } = "";
    [Column("sent_at")] public string? SentAt { get; set; }
    [Column("message_id")] public long? MessageId { get; set; }
    [Column("last_error")] public string? LastError { get; set; }
    [Column("created_at")] public string CreatedAt { get; set; } = "";
}
