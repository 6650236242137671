namespace Bot.Knowledge.Storage;

/// <summary>
/// Tells readers when their cached view is stale: PRAGMA data_version moves when another process commits
/// (a CLI ingest beside a running worker), and the local counter moves on this process's own writes.
/// </summary>
public sealed class StoreVersion(KnowledgeDb db)
{
    long _local;

    public void Bump() => Interlocked.Increment(ref _local);

    public (long External, long Local) Current => (db.Connection.ExecuteScalar<long>("PRAGMA data_version"), Interlocked.Read(ref _local));
}
