using Bot.Knowledge.Storage;
using SQLite;

namespace Bot.TestKit;

/// <summary>The store's file and its connection, so a test can check with SQL what the program stored.</summary>
public sealed class StoreProbe(KnowledgeDb db)
{
    public string Path => db.Path;

    public bool CreatedNow => db.CreatedNow;

    public SQLiteConnection Connection => db.Connection;
}
