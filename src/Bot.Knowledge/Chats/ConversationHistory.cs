using Bot.Knowledge.Storage;

namespace Bot.Knowledge.Chats;

/// <summary>
/// The last turns of each conversation ("tg:123" for a Telegram chat), kept in the store so follow-ups such as
/// "and in 2023?" still work after a restart. Only the newest turns are kept: older ones cannot help a follow-up.
/// </summary>
public sealed class ConversationHistory(KnowledgeDb db, TimeProvider clock)
{
    /// <summary>Records a question and the answer shown for it, then forgets all but the newest <paramref name="keepTurns"/> pairs.</summary>
    public void Append(string conversation, string question, string answer, int keepTurns)
    {
        // A read-only store (--read-only) keeps no history: the offline follow-ups rest on the conversation memory.
        if (db.IsReadOnly) return;
        var now = clock.GetUtcNow().ToString("O");
        db.Write(c =>
        {
            c.Insert(new ConversationTurn { Conversation = conversation, Role = ConversationTurn.User, Text = question, CreatedAt = now });
            c.Insert(new ConversationTurn { Conversation = conversation, Role = ConversationTurn.Assistant, Text = answer, CreatedAt = now });
            c.Execute(
                "DELETE FROM conversation_turns WHERE conversation = ? AND id NOT IN (SELECT id FROM conversation_turns WHERE conversation = ? ORDER BY id DESC LIMIT ?)",
                conversation, conversation, Math.Max(0, keepTurns) * 2);
        });
    }

    /// <summary>The newest <paramref name="maxTurns"/> question/answer pairs, oldest first.</summary>
    public IReadOnlyList<ConversationTurn> Recent(string conversation, int maxTurns)
    {
        if (maxTurns <= 0) return [];
        var newestFirst = db.ReadCurrent(c => c.Query<ConversationTurn>(
            "SELECT * FROM conversation_turns WHERE conversation = ? ORDER BY id DESC LIMIT ?", conversation, maxTurns * 2));
        newestFirst.Reverse();
        return newestFirst;
    }

    public void Clear(string conversation)
    {
        if (!db.IsReadOnly) db.Execute("DELETE FROM conversation_turns WHERE conversation = ?", conversation);
    }
}
