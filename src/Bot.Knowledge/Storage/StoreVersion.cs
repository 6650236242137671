namespace Bot.Knowledge.Storage;

/// <summary>
/// Tells readers when their cached view of the corpus is stale: the corpus version (<see cref="CorpusVersion"/>), which
/// moves with every commit that changes the corpus, in this process or another (a CLI `ingest` beside a running bot), and
/// with nothing else — a chat's memory, history or counters leave it alone. A local counter moves on writes this process
/// makes outside the corpus writers (<see cref="Bump"/>).
/// </summary>
/// <remarks>
/// PRAGMA data_version, which moves when any other connection commits anything, is read first and is all that is read
/// while nothing was committed: the counter itself is read only after some commit, so a quiet store costs one statement
/// per look, as before the counter existed.
/// </remarks>
public sealed class StoreVersion(KnowledgeDb db)
{
    readonly Lock _gate = new();
    long _local;
    long _dataVersion = -1;
    long _corpus;
    long _builds;

    public void Bump() => Interlocked.Increment(ref _local);

    public (long Corpus, long Local) Current
    {
        get
        {
            lock (_gate)
            {
                var dataVersion = db.Connection.ExecuteScalar<long>("PRAGMA data_version");
                if (dataVersion != _dataVersion)
                {
                    // Read after data_version: the counter is at least as new as the commits that moved it.
                    _corpus = CorpusVersion.Read(db.Connection);
                    _dataVersion = dataVersion;
                }
                return (_corpus, Interlocked.Read(ref _local));
            }
        }
    }

    /// <summary>
    /// How many cached views of the corpus (<see cref="CachedSnapshot{T}"/>) this process has built from the store: each
    /// build reads a table or more whole, so a count that moves while the corpus does not is answering time lost.
    /// </summary>
    public long SnapshotBuilds => Interlocked.Read(ref _builds);

    internal void Built() => Interlocked.Increment(ref _builds);
}
