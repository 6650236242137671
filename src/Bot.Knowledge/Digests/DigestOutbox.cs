using Bot.Knowledge.Alerts;
using Bot.Knowledge.Storage;

namespace Bot.Knowledge.Digests;

/// <summary>
/// The digests to send, with the same guarantee as single alerts: a row is claimed (the attempt marked) before it is
/// sent, and marked sent from Telegram's answer together with the held alerts it carried; a row left "sending" by a
/// crash is sent again, with the same content, since the held alerts it covers are still held.
/// </summary>
public sealed class DigestOutbox(KnowledgeDb db, TimeProvider clock)
{
    string Now => clock.GetUtcNow().ToString("O");

    public int RecoverInFlight() =>
        db.Execute("UPDATE digest_outbox SET state = 'pending', last_error = 'interrupted; resending' WHERE state = 'sending'");

    public List<DigestRow> ClaimDue(int limit) => db.InTransaction(c =>
    {
        var now = Now;
        var due = c.Query<DigestRow>("SELECT * FROM digest_outbox WHERE state = 'pending' AND next_attempt_at <= ? ORDER BY id LIMIT ?", now, limit);
        foreach (var row in due)
        {
            row.State = "sending";
            row.Attempts++;
            c.Update(row);
        }
        return due;
    });

    /// <summary>
    /// The alerts held for the chat that were written by the period's end (a later one waits for the next digest), and
    /// the figures of documents read within the period (of a known period: a digest lists figures by their period).
    /// </summary>
    public DigestContent Content(DigestRow row)
    {
        var c = db.Connection;
        var agreements = c.QueryScalars<long>(
            "SELECT agreement_id FROM outbox WHERE chat_id = ? AND state = ? AND created_at <= ? ORDER BY id",
            row.ChatId, OutboxStates.Held, row.PeriodEnd);
        var figures = c.QueryScalars<long>(
            "SELECT f.id FROM figures f JOIN documents d ON d.id = f.document_id WHERE d.ingested_at > ? AND d.ingested_at <= ? AND f.period_start <> ? ORDER BY f.id",
            row.PeriodStart, row.PeriodEnd, Model.Period.Unknown.StartKey);
        return new DigestContent(agreements, figures);
    }

    /// <summary>The digest and every held alert it carried, recorded as sent in one transaction.</summary>
    public void MarkSent(DigestRow row, long messageId) => db.InTransaction(c =>
    {
        var now = Now;
        c.Execute("UPDATE digest_outbox SET state = 'sent', sent_at = ?, message_id = ?, last_error = NULL WHERE id = ?", now, messageId, row.Id);
        c.Execute("UPDATE outbox SET state = ?, sent_at = ?, message_id = ? WHERE chat_id = ? AND state = ? AND created_at <= ?",
            OutboxStates.Digested, now, messageId, row.ChatId, OutboxStates.Held, row.PeriodEnd);
    });

    /// <summary>Nothing new in the period: no message is sent.</summary>
    public void MarkEmpty(long id) => db.Execute("UPDATE digest_outbox SET state = 'empty' WHERE id = ?", id);

    public void Retry(long id, TimeSpan after, string error) =>
        db.Execute("UPDATE digest_outbox SET state = 'pending', next_attempt_at = ?, last_error = ? WHERE id = ?",
            clock.GetUtcNow().Add(after).ToString("O"), error, id);

    public void Dead(long id, string error) =>
        db.Execute("UPDATE digest_outbox SET state = 'dead', last_error = ? WHERE id = ?", error, id);

    public List<DigestRow> ForChat(long chatId) => db.ReadCurrent(c => c.Query<DigestRow>("SELECT * FROM digest_outbox WHERE chat_id = ? ORDER BY id", chatId));
}
