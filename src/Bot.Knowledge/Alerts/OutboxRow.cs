using SQLite;

namespace Bot.Knowledge.Alerts;

/// <summary>One alert for one chat. pending → sending (attempt marked before the request) → sent | dead; for a chat on a digest, held → digested.</summary>
[Table("outbox")]
public sealed class OutboxRow
{
    [PrimaryKey, AutoIncrement, Column("id")] public long Id { get; set; }
    [Column("agreement_id")] public long AgreementId { get; set; }
    [Column("chat_id")] public long ChatId { get; set; }
    [Column("state")] public string State { get; set; } = OutboxStates.Pending;
    [Column("attempts")] public int Attempts { get; set; }
    [Column("next_attempt_at")] public string NextAttemptAt { get; set; } = "";
    [Column("claimed_at")] public string? ClaimedAt { get; set; }
    [Column("sent_at")] public string? SentAt { get; set; }
    [Column("message_id")] public long? MessageId { get; set; }
    [Column("last_error")] public string? LastError { get; set; }
    [Column("created_at")] public string CreatedAt { get; set; } = "";
}

public static class OutboxStates
{
    public const string Pending = "pending";
    public const string Sending = "sending";
    public const string Sent = "sent";
    public const string Dead = "dead";
    /// <summary>For a chat on a digest: kept for its next digest instead of sent alone.</summary>
    public const string Held = "held";
    /// <summary>Sent as part of a digest.</summary>
    public const string Digested = "digested";
}
