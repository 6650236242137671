using Bot.Knowledge.Storage;

namespace Bot.Knowledge.Conversations;

/// <summary>
/// What each conversation ("tg:123", "cli:…") remembers between questions, as the answering layer serialises it: one
/// value per conversation, replaced after every answer and dropped by /new. Kept in the store so a follow-up asked after
/// a restart still knows what "it" is.
/// </summary>
/// A read-only store (--read-only) keeps it in this process instead, so `chat` follow-ups still work.
public sealed class ConversationMemoryStore(KnowledgeDb db, TimeProvider clock)
{
    readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> _unsaved = new(StringComparer.Ordinal);

    public string? Load(string conversation) => db.IsReadOnly ? _unsaved.GetValueOrDefault(conversation)
        : db.ReadCurrent(c => c.ExecuteScalar<string?>("SELECT state FROM conversation_memory WHERE conversation = ?", conversation));

    public void Save(string conversation, string state)
    {
        if (db.IsReadOnly)
        {
            _unsaved[conversation] = state;
            return;
        }
        db.Execute(
            "INSERT INTO conversation_memory(conversation, state, updated_at) VALUES (?, ?, ?) ON CONFLICT(conversation) DO UPDATE SET state = excluded.state, updated_at = excluded.updated_at",
            conversation, state, clock.GetUtcNow().ToString("O"));
    }

    public void Clear(string conversation)
    {
        if (db.IsReadOnly) _unsaved.TryRemove(conversation, out _);
        else db.Execute("DELETE FROM conversation_memory WHERE conversation = ?", conversation);
    }
}
