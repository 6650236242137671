using Bot.Knowledge.Storage;

namespace Bot.Knowledge.Chats;

/// <summary>
/// Which Telegram updates have been handled. Polling resumes after the highest one; a webhook redelivery of a
/// handled update is recognised and skipped.
/// </summary>
public sealed class UpdateLedger(KnowledgeDb db, TimeProvider clock)
{
    public bool IsHandled(long updateId) =>
        db.ReadCurrent(c => c.ExecuteScalar<int>("SELECT count(*) FROM processed_updates WHERE update_id = ?", updateId)) > 0;

    public void MarkHandled(long updateId) => db.Write(c =>
    {
        c.Execute("INSERT OR IGNORE INTO processed_updates(update_id, processed_at) VALUES (?, ?)", updateId, clock.GetUtcNow().ToString("O"));
        // Keep the ledger small: only the recent past matters for redeliveries.
        c.Execute("DELETE FROM processed_updates WHERE update_id < ?", updateId - 10_000);
    });

    /// <summary>
    /// The offset to ask getUpdates for: past the last batch whose every update was handled, or null to start from
    /// the oldest pending. Updates of a batch that a crash cut short are fetched again; those handled are skipped.
    /// </summary>
    public long? NextOffset()
    {
        var confirmed = db.ReadCurrent(c => c.ExecuteScalar<string?>("SELECT value FROM meta WHERE key = 'polling_offset'"));
        if (long.TryParse(confirmed, System.Globalization.CultureInfo.InvariantCulture, out var offset)) return offset;
        var max = db.ReadCurrent(c => c.ExecuteScalar<long?>("SELECT max(update_id) FROM processed_updates"));
        return max is null ? null : max + 1;
    }

    /// <summary>Every update below <paramref name="offset"/> has been handled.</summary>
    public void Confirm(long offset) =>
        db.Execute("INSERT OR REPLACE INTO meta(key, value) VALUES ('polling_offset', ?)", offset.ToString(System.Globalization.CultureInfo.InvariantCulture));
}
