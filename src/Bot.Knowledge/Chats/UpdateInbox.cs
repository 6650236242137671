using Bot.Knowledge.Storage;
using SQLite;

namespace Bot.Knowledge.Chats;

/// <summary>
/// Webhook updates received and not yet handled. The webhook answers Telegram's POST only after the update is written
/// here, and the update leaves only once handled: a crash between the two loses nothing, it is handled at the next start.
/// </summary>
public sealed class UpdateInbox(KnowledgeDb db, TimeProvider clock)
{
    /// <returns>false when the update was already waiting (Telegram delivered it again).</returns>
    public bool Add(long updateId, string body) =>
        db.Execute("INSERT OR IGNORE INTO update_inbox(update_id, body, received_at) VALUES (?, ?, ?)",
            updateId, body, clock.GetUtcNow().ToString("O")) > 0;

    /// <summary>The oldest waiting updates, in the order Telegram numbered them.</summary>
    public List<InboxRow> Waiting(int limit) =>
        db.Connection.Query<InboxRow>("SELECT update_id, body FROM update_inbox ORDER BY update_id LIMIT ?", limit);

    public void Remove(long updateId) => db.Execute("DELETE FROM update_inbox WHERE update_id = ?", updateId);

    public int Count() => db.Connection.ExecuteScalar<int>("SELECT count(*) FROM update_inbox");
}

/// <summary>One waiting update: its id and the JSON Telegram sent.</summary>
public sealed class InboxRow
{
    [Column("update_id")] public long UpdateId { get; set; }
    [Column("body")] public string Body { get; set; } = "";
}
