using Bot.Knowledge.Extraction;
using Bot.Knowledge.Ingestion;

namespace Bot.Knowledge.Storage;

/// <summary>
/// Saves documents with their passages and extracted facts: one at a time in its own transaction, or many in one
/// <see cref="WriteBatch"/>. Either way on a connection of its own, so what other threads write through
/// the shared connection meanwhile waits for the commit instead of joining the transaction.
/// See <see cref="WriteBatch"/> for what saving does.
/// </summary>
public sealed class DocumentWriter(KnowledgeDb db, StoreVersion version, TimeProvider clock)
{
    public const int MaxPassageChars = PassageChunker.MaxPassageChars;

    public SaveOutcome Save(SourceDocument doc, ExtractedFacts facts, IReadOnlyList<string?>? paragraphFactIds = null) =>
        Save(PreparedDocument.Of(doc, facts, paragraphFactIds));

    public SaveOutcome Save(PreparedDocument prepared)
    {
        using var batch = BeginBatch();
        var outcome = batch.Save(prepared);
        batch.Commit();
        return outcome;
    }

    /// <summary>A transaction for many documents. Keep a batch short (a few hundred documents): other writers wait for it.</summary>
    /// <param name="index">Kept by a caller that writes batch after batch, for one batch at a time: see <see cref="PendingIndex"/>.</param>
    public WriteBatch BeginBatch(PendingIndex? index = null) => new(db.LendWriter(), db.GiveBack, clock, Committed, index);

    /// <summary>
    /// Documents saved since the search index was last merged into one segment: a bulk load leaves it in many segments,
    /// which every search reads term by term, and FTS5's own merging, made for a few rows at a time, leaves many.
    /// </summary>
    public const int MergeAfterDocuments = 1_000;

    long _sinceMerge;

    /// <summary>
    /// An ingestion run has ended: the page caches its batches kept for each other are let go (see <see cref="KnowledgeDb.ReleaseIdleWriters"/>),
    /// and after many documents the search index is merged (<see cref="Search.SearchIndex.Merge"/>).
    /// </summary>
    public void RunEnded()
    {
        try
        {
            // A merge that fails (another writer holding the store too long) leaves the index as it was, still whole: the
            // next run's end tries again, and the run's own outcome, or the error that ended it, is what its caller sees.
            if (Interlocked.Read(ref _sinceMerge) >= MergeAfterDocuments)
            {
                Search.SearchIndex.Merge(db);
                Interlocked.Exchange(ref _sinceMerge, 0);
            }
        }
        catch (SQLite.SQLiteException) { }
        db.ReleaseIdleWriters();
    }

    void Committed(IReadOnlyList<SaveOutcome> outcomes)
    {
        var changed = outcomes.Count(o => o.Status is SaveStatus.Added or SaveStatus.Updated);
        if (changed == 0) return;
        Interlocked.Add(ref _sinceMerge, changed);
        version.Bump();
    }
}
