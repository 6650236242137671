using SQLite;

namespace Bot.Knowledge.Storage;

/// <summary>
/// The corpus's own version: a counter in the meta table that every writer of what answers are read from (documents,
/// passages and their search index, agreements, figures, events, entities and their spellings) moves in the transaction
/// that writes them, so a reader in any process sees the new content and the new version in one commit. What chats
/// write — their memory, history, counters, subscriptions, the outbox, the ledgers — does not move it: a chat's own
/// message must not make the next answer rebuild every cached view of a corpus that has not changed.
/// </summary>
/// <remarks>
/// A store from before it has no row: it reads as 0 until the first write creates it, so no schema step is needed and a
/// read-only store of the same schema is read as it is.
/// </remarks>
internal static class CorpusVersion
{
    const string Key = "corpus_version";

    /// <summary>Moves the version inside the writer's open transaction (<paramref name="c"/> holds it).</summary>
    public static void Bump(SQLiteConnection c) =>
        c.Execute($"INSERT INTO meta(key, value) VALUES ('{Key}', 1) ON CONFLICT(key) DO UPDATE SET value = value + 1");

    public static long Read(SQLiteConnection c) =>
        c.ExecuteScalar<long>($"SELECT coalesce((SELECT value FROM meta WHERE key = '{Key}'), 0)");
}
