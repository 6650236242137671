using Bot.Knowledge.Chats;
using Bot.Knowledge.Extraction;
using Bot.Knowledge.Storage;

namespace Bot.Knowledge.Alerts;

/// <summary>
/// The alert outbox. Rows are written in the transaction that stores a new agreement, so an agreement is never
/// saved without its alerts; a delivery worker claims due rows (marking the attempt before it sends) and records
/// the outcome. Rows left "sending" by a crash are sent again on restart: at-least-once, see the README.
/// </summary>
public sealed class AlertOutbox(KnowledgeDb db, TimeProvider clock)
{
    string Now => clock.GetUtcNow().ToString("O");

    /// <summary>
    /// Called inside the transaction that saves an agreement the store did not know, on its connection, with the
    /// subscriptions that transaction read once.
    /// </summary>
    /// <remarks>A chat on a digest gets its row "held": the digest worker sends it with the others of the period.</remarks>
    internal static int Enqueue(SQLite.SQLiteConnection connection, IEnumerable<SubscriptionRow> active, IReadOnlySet<long> digestChats, long agreementId, AgreementDraft agreement, string now)
    {
        var chats = active.Where(s => SubscriptionMatcher.Matches(s, agreement)).Select(s => s.ChatId).Distinct();
        var count = 0;
        foreach (var chat in chats)
            count += connection.Execute(
                "INSERT OR IGNORE INTO outbox(agreement_id, chat_id, state, attempts, next_attempt_at, created_at) VALUES (?, ?, ?, 0, ?, ?)",
                agreementId, chat, digestChats.Contains(chat) ? OutboxStates.Held : OutboxStates.Pending, now, now);
        return count;
    }

    /// <summary>The chats whose alerts wait for their digest.</summary>
    internal static HashSet<long> DigestChats(SQLite.SQLiteConnection connection) =>
        [.. connection.QueryScalars<long>("SELECT chat_id FROM chats WHERE digest IS NOT NULL")];

    /// <summary>After a crash, attempts that were marked but never recorded are due again.</summary>
    public int RecoverInFlight() =>
        db.Execute("UPDATE outbox SET state = 'pending', last_error = 'interrupted; resending' WHERE state = 'sending'");

    /// <summary>Marks up to <paramref name="limit"/> due rows as being sent and returns them, oldest first.</summary>
    /// <remarks>
    /// In an IMMEDIATE transaction: it takes the write lock before reading, so a claim never fails with "database is
    /// locked" because another connection committed between its read and its write (WAL cannot upgrade a stale snapshot).
    /// </remarks>
    public List<OutboxRow> ClaimDue(int limit, IReadOnlySet<long>? skipChats = null) => db.InTransaction(c =>
    {
        var now = Now;
        var due = c.Query<OutboxRow>("SELECT * FROM outbox WHERE state = 'pending' AND next_attempt_at <= ? ORDER BY id LIMIT ?", now, limit * 4);
        List<OutboxRow> claimed = [];
        foreach (var row in due.Where(r => skipChats is null || !skipChats.Contains(r.ChatId)).DistinctBy(r => r.ChatId).Take(limit))
        {
            row.State = OutboxStates.Sending;
            row.Attempts++;
            row.ClaimedAt = now;
            c.Update(row);
            claimed.Add(row);
        }
        return claimed;
    });

    public void MarkSent(long id, long messageId) =>
        db.Execute("UPDATE outbox SET state = 'sent', sent_at = ?, message_id = ?, last_error = NULL WHERE id = ?", Now, messageId, id);

    public void Retry(long id, TimeSpan after, string error) =>
        db.Execute("UPDATE outbox SET state = 'pending', next_attempt_at = ?, last_error = ? WHERE id = ?",
            clock.GetUtcNow().Add(after).ToString("O"), error, id);

    public void Dead(long id, string error) =>
        db.Execute("UPDATE outbox SET state = 'dead', last_error = ? WHERE id = ?", error, id);

    public int Backlog() => db.Connection.ExecuteScalar<int>("SELECT count(*) FROM outbox WHERE state IN ('pending', 'sending')");

    public List<OutboxRow> ForAgreement(long agreementId) => db.Connection.Query<OutboxRow>("SELECT * FROM outbox WHERE agreement_id = ?", agreementId);

    public DateTimeOffset? NextDueAt()
    {
        var next = db.Connection.ExecuteScalar<string?>("SELECT min(next_attempt_at) FROM outbox WHERE state = 'pending'");
        return next is null ? null : DateTimeOffset.Parse(next, System.Globalization.CultureInfo.InvariantCulture);
    }
}
