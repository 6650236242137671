using Bot.Knowledge.Storage;

namespace Bot.Knowledge.Chats;

/// <summary>Named running totals for /stats (questions answered, LLM fallbacks…), persisted across restarts.</summary>
public sealed class Counters(KnowledgeDb db)
{
    /// <summary>Not counted in a read-only store (--read-only): a tally must never cost an answer.</summary>
    public void Increment(string name, long by = 1)
    {
        if (!db.IsReadOnly) db.Execute("INSERT INTO counters(name, value) VALUES (?, ?) ON CONFLICT(name) DO UPDATE SET value = value + excluded.value", name, by);
    }

    public long Get(string name) => db.Connection.ExecuteScalar<long>("SELECT coalesce((SELECT value FROM counters WHERE name = ?), 0)", name);
}
