using Bot.Knowledge.Storage;

namespace Bot.Knowledge.Chats;

/// <summary>
/// Which Telegram updates have been handled. Polling resumes after the highest one; a webhook redelivery of a
/// handled update is recognised and skipped.
/// </summary>
public sealed class UpdateLedger(KnowledgeDb db, TimeProvider clock)
{
    public bool IsHandled(long updateId) =>
        db.Connection.ExecuteScalar<int>("SELECT count(*) FROM processed_updates WHERE update_id = ?", updateId) > 0;

    public void MarkHandled(long updateId)
    {
        db.Connection.Execute("INSERT OR IGNORE INTO processed_updates(update_id, processed_at) VALUES (?, ?)", updateId, clock.GetUtcNow().ToString("O"));
        // Keep the ledger small: only the recent past matters for redeliveries.
        db.Connection.Execute("DELETE FROM processed_updates WHERE update_id < ?", updateId - 10_000);
    }

    /// <summary>The offset to ask getUpdates for: one past the last handled update, or null to start from the oldest pending.</summary>
    public long? NextOffset()
    {
        var max = db.Connection.ExecuteScalar<long?>("SELECT max(update_id) FROM processed_updates");
        return max is null ? null : max + 1;
    }
}
