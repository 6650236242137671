using Bot.Knowledge.Storage;

namespace Bot.Knowledge.Chats;

/// <summary>The chats the bot knows: type, chosen language, whether alerts can reach them, quiet hours.</summary>
public sealed class ChatDirectory(KnowledgeDb db, TimeProvider clock)
{
    /// <summary>The chat as it is now, with every change this process has made to it (a handler shows what it just set).</summary>
    public ChatRow? Get(long chatId) => db.ReadCurrent(c => c.Find<ChatRow>(chatId));

    /// <summary>Records a chat on its first message; a chat that writes again is reachable again.</summary>
    /// <remarks>Read and written under the write lock: a row read earlier would write back settings changed since.</remarks>
    public ChatRow Touch(long chatId, string type, string? title, bool reactivate) => db.Write(c =>
    {
        var now = clock.GetUtcNow().ToString("O");
        var row = c.Find<ChatRow>(chatId) ?? new ChatRow { ChatId = chatId, CreatedAt = now };
        row.Type = type;
        row.Title = title ?? row.Title;
        if (reactivate) row.Active = true;
        row.UpdatedAt = now;
        c.InsertOrReplace(row);
        return row;
    });

    public void SetLanguage(long chatId, string language) =>
        db.Execute("UPDATE chats SET language = ?, updated_at = ? WHERE chat_id = ?", language, clock.GetUtcNow().ToString("O"), chatId);

    public void SetSeenLanguage(long chatId, string language) =>
        db.Execute("UPDATE chats SET seen_language = ? WHERE chat_id = ? AND coalesce(seen_language, '') <> ?", language, chatId, language);

    /// <summary>
    /// Blocked, kicked or left: alerts stop until the chat writes /start again, and what was pending for it is given
    /// up, since none of it could be delivered.
    /// </summary>
    public void Deactivate(long chatId, string reason) => db.Write(c =>
    {
        c.Execute("UPDATE chats SET active = 0, updated_at = ? WHERE chat_id = ?", clock.GetUtcNow().ToString("O"), chatId);
        c.Execute("UPDATE outbox SET state = 'dead', last_error = ? WHERE chat_id = ? AND state IN ('pending', 'sending', 'held')", reason, chatId);
    });

    public void SetQuietHours(long chatId, int? start, int? end, string mode) =>
        db.Execute("UPDATE chats SET quiet_start = ?, quiet_end = ?, quiet_mode = ?, updated_at = ? WHERE chat_id = ?",
            start, end, mode, clock.GetUtcNow().ToString("O"), chatId);

    public void SetTimeZone(long chatId, string? zone) =>
        db.Execute("UPDATE chats SET time_zone = ?, updated_at = ? WHERE chat_id = ?", zone, clock.GetUtcNow().ToString("O"), chatId);

    /// <summary>A group upgraded to a supergroup has a new id: its settings, subscriptions and pending alerts move with it.</summary>
    public void Migrate(long fromChatId, long toChatId) => db.InTransaction(c =>
    {
        c.Execute("UPDATE OR REPLACE chats SET chat_id = ? WHERE chat_id = ?", toChatId, fromChatId);
        c.Execute("UPDATE OR IGNORE subscriptions SET chat_id = ? WHERE chat_id = ?", toChatId, fromChatId);
        c.Execute("DELETE FROM subscriptions WHERE chat_id = ?", fromChatId);
        c.Execute("UPDATE OR IGNORE outbox SET chat_id = ? WHERE chat_id = ?", toChatId, fromChatId);
    });

    public int CountUsers() => db.Connection.ExecuteScalar<int>("SELECT count(*) FROM chats");
}
