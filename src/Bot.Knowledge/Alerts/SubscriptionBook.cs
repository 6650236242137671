using Bot.Knowledge.Chats;
using Bot.Knowledge.Storage;
using Bot.Knowledge.Text;

namespace Bot.Knowledge.Alerts;

/// <summary>What each chat wants to be alerted about: everything, a topic (domain), or plain keywords (never a regex).</summary>
public sealed class SubscriptionBook(KnowledgeDb db, TimeProvider clock)
{
    public const string All = "all";
    public const string Topic = "topic";
    public const string Keyword = "keyword";

    /// <returns>False when the chat already had this subscription.</returns>
    public bool Add(long chatId, string kind, string value, string label)
    {
        var normalized = kind == Keyword ? string.Join(' ', TermAnalyzer.Keys(value)) : value;
        return db.Execute("INSERT OR IGNORE INTO subscriptions(chat_id, kind, value, label, created_at) VALUES (?, ?, ?, ?, ?)",
            chatId, kind, normalized, label, clock.GetUtcNow().ToString("O")) > 0;
    }

    public int Remove(long chatId, string kind, string value)
    {
        var normalized = kind == Keyword ? string.Join(' ', TermAnalyzer.Keys(value)) : value;
        return db.Execute("DELETE FROM subscriptions WHERE chat_id = ? AND kind = ? AND value = ?", chatId, kind, normalized);
    }

    public int RemoveById(long chatId, long id) => db.Execute("DELETE FROM subscriptions WHERE chat_id = ? AND id = ?", chatId, id);

    public int RemoveAll(long chatId) => db.Execute("DELETE FROM subscriptions WHERE chat_id = ?", chatId);

    /// <summary>The chat's subscriptions as they are now, with what it has just added or removed.</summary>
    public List<SubscriptionRow> ForChat(long chatId) => db.ReadCurrent(c => c.Query<SubscriptionRow>("SELECT * FROM subscriptions WHERE chat_id = ? ORDER BY id", chatId));

    /// <summary>Subscriptions of chats alerts can reach (not blocked, not kicked).</summary>
    public List<SubscriptionRow> Active() => Active(db.Connection);

    internal static List<SubscriptionRow> Active(SQLite.SQLiteConnection connection) =>
        connection.Query<SubscriptionRow>("SELECT s.* FROM subscriptions s JOIN chats c ON c.chat_id = s.chat_id WHERE c.active = 1");

    public int Count() => db.Connection.ExecuteScalar<int>("SELECT count(*) FROM subscriptions");
}
