using Bot.Knowledge.Alerts;
using Bot.Knowledge.Storage;

namespace Bot.Knowledge.Digests;

/// <summary>
/// Which chats take their alerts as a digest, how often and at what hour, and the periods scheduled for them. A chat
/// on a digest has its alerts written to the outbox "held" (see <see cref="AlertOutbox"/>); turning the digest off
/// releases what was held as ordinary alerts, so nothing waiting is lost.
/// </summary>
public sealed class DigestBook(KnowledgeDb db, TimeProvider clock)
{
    public const string Daily = "daily";
    public const string Weekly = "weekly";

    string Now => clock.GetUtcNow().ToString("O");

    /// <summary>Turns the digest on or changes it; a chat already on one keeps its start, so no period is skipped.</summary>
    public void Set(long chatId, string mode, int hour) =>
        db.Execute("UPDATE chats SET digest = ?, digest_hour = ?, digest_since = coalesce(digest_since, ?), updated_at = ? WHERE chat_id = ?",
            mode, hour, Now, Now, chatId);

    /// <returns>How many held alerts were released to be sent one by one.</returns>
    public int Off(long chatId) => db.InTransaction(c =>
    {
        var now = Now;
        c.Execute("UPDATE chats SET digest = NULL, digest_hour = NULL, digest_since = NULL, updated_at = ? WHERE chat_id = ?", now, chatId);
        c.Execute("UPDATE digest_outbox SET state = 'cancelled', last_error = 'digest turned off' WHERE chat_id = ? AND state = 'pending'", chatId);
        return c.Execute("UPDATE outbox SET state = 'pending', next_attempt_at = ? WHERE chat_id = ? AND state = ?", now, chatId, OutboxStates.Held);
    });

    /// <summary>Every reachable chat on a digest, with the end of its last scheduled period.</summary>
    public List<DigestChat> Chats() => db.Connection.Query<DigestChat>(
        """
        SELECT c.chat_id AS ChatId, c.digest AS Mode, coalesce(c.digest_hour, 9) AS Hour, c.time_zone AS TimeZone,
               c.digest_since AS Since, (SELECT max(d.period_end) FROM digest_outbox d WHERE d.chat_id = c.chat_id) AS LastEnd
        FROM chats c WHERE c.digest IS NOT NULL AND c.active = 1
        """);

    /// <returns>False when that period was already scheduled (by this process before a restart, or another).</returns>
    public bool Schedule(long chatId, DateTimeOffset start, DateTimeOffset end)
    {
        var now = Now;
        return db.Execute(
            "INSERT OR IGNORE INTO digest_outbox(chat_id, period_start, period_end, state, attempts, next_attempt_at, created_at) VALUES (?, ?, ?, 'pending', 0, ?, ?)",
            chatId, DigestStamp.Of(start), DigestStamp.Of(end), now, now) > 0;
    }
}
