using Bot.Knowledge.Storage;

namespace Bot.Knowledge.Conversations;

/// <summary>
/// What each conversation ("tg:123", "cli:…") remembers between questions, as the answering layer serialises it: one
/// value per conversation, replaced after every answer and dropped by /new. Kept in the store so a follow-up asked after
/// a restart still knows what "it" is.
/// </summary>
public sealed class ConversationMemoryStore(KnowledgeDb db, TimeProvider clock)
{
    public string? Load(string conversation) =>
        db.Connection.ExecuteScalar<string?>("SELECT state FROM conversation_memory WHERE conversation = ?", conversation);

    public void Save(string conversation, string state) =>
        db.Connection.Execute(
            "INSERT INTO conversation_memory(conversation, state, updated_at) VALUES (?, ?, ?) ON CONFLICT(conversation) DO UPDATE SET state = excluded.state, updated_at = excluded.updated_at",
            conversation, state, clock.GetUtcNow().ToString("O"));

    public void Clear(string conversation) => db.Connection.Execute("DELETE FROM conversation_memory WHERE conversation = ?", conversation);
}
