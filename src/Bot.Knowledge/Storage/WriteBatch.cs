using System.Text.Json;
using Bot.Knowledge.Alerts;
using Bot.Knowledge.Chats;
using Bot.Knowledge.Extraction;
using Bot.Knowledge.Ingestion;
using Bot.Knowledge.Text;
using SQLite;
using SQLitePCL;

namespace Bot.Knowledge.Storage;

/// <summary>
/// Saves documents in one transaction, each document atomic on its own: its rows are written inside a savepoint that
/// is rolled back if anything about it fails, so one bad document never takes the others with it, and nothing is
/// visible to readers before <see cref="Commit"/>. The same content again changes nothing; changed content replaces
/// the document's passages and facts; an agreement already known under its canonical identity gains a source instead
/// of becoming a second record, and a new one writes its alerts to the outbox in the same transaction.
/// </summary>
/// <remarks>
/// Passage index (FTS5) rows wait for the commit and go in in rowid order: FTS5 writes its pending terms to disk at
/// every savepoint and whenever rowids go backwards, and one index segment per document cost more than all the rest of
/// the save. The transaction starts IMMEDIATE, so a writer in another process waits here rather than failing midway.
/// </remarks>
public sealed class WriteBatch : IDisposable
{
    readonly SQLiteConnection _c;
    readonly bool _ownsConnection;
    readonly TimeProvider _clock;
    readonly Action<IReadOnlyList<SaveOutcome>> _committed;
    readonly BatchStatements _sql;
    readonly IndexTextCache _terms = new();
    readonly Dictionary<long, List<(long PassageId, string Terms)>> _pendingIndex = [];
    readonly List<long> _staleIndex = [];
    readonly List<SaveOutcome> _outcomes = [];
    List<SubscriptionRow>? _subscriptions;
    bool _inTransaction;

    internal WriteBatch(SQLiteConnection connection, bool ownsConnection, TimeProvider clock, Action<IReadOnlyList<SaveOutcome>> committed)
    {
        _c = connection;
        _ownsConnection = ownsConnection;
        _clock = clock;
        _committed = committed;
        try
        {
            _sql = new BatchStatements(_c);
            _c.Execute("BEGIN IMMEDIATE");
            _inTransaction = true;
        }
        catch
        {
            Dispose();
            throw;
        }
    }

    /// <summary>Documents saved (or found unchanged) in this batch so far.</summary>
    public int Count => _outcomes.Count;

    public SaveOutcome Save(SourceDocument doc, ExtractedFacts facts, IReadOnlyList<string?>? paragraphFactIds = null) =>
        Save(PreparedDocument.Of(doc, facts, paragraphFactIds, _terms));

    public SaveOutcome Save(PreparedDocument prepared)
    {
        if (!_inTransaction) throw new InvalidOperationException("This batch has been committed or rolled back.");
        var (doc, hash) = (prepared.Doc, prepared.ContentHash);
        var existing = _sql.FindDocument.Bind(1, doc.Uri).First(r => (Id: raw.sqlite3_column_int64(r, 0), Hash: raw.sqlite3_column_text(r, 1).utf8_to_string()));
        if (existing.Id != 0 && existing.Hash == hash)
            return Record(new SaveOutcome(SaveStatus.Unchanged, existing.Id, 0, 0, []));

        // Index rows are kept aside until the document's savepoint is released: a rolled-back document leaves none.
        var index = new List<(long PassageId, string Terms)>();
        var stale = new List<long>();
        _sql.Savepoint.Run();
        SaveOutcome outcome;
        try
        {
            outcome = Write(prepared, existing.Id == 0 ? null : existing.Id, index, stale);
            _sql.Release.Run();
        }
        catch
        {
            _c.Execute("ROLLBACK TO document");
            _sql.Release.Run();
            throw;
        }
        _pendingIndex[outcome.DocumentId] = index;
        _staleIndex.AddRange(stale);
        return Record(outcome);
    }

    /// <summary>Writes the waiting index rows and commits; then readers see every document of the batch at once.</summary>
    public IReadOnlyList<SaveOutcome> Commit()
    {
        if (!_inTransaction) throw new InvalidOperationException("This batch has been committed or rolled back.");
        try
        {
            using (var delete = new PreparedStatement(_c, "DELETE FROM passage_fts WHERE rowid = ?"))
                foreach (var id in _staleIndex.Order()) delete.Bind(1, id).Run();
            using (var insert = new PreparedStatement(_c, "INSERT INTO passage_fts(rowid, terms) VALUES (?, ?)"))
                foreach (var (id, terms) in _pendingIndex.Values.SelectMany(rows => rows).OrderBy(r => r.PassageId))
                    insert.Bind(1, id).Bind(2, terms).Run();
            _c.Execute("COMMIT");
            _inTransaction = false;
        }
        catch
        {
            Rollback();
            throw;
        }
        _committed(_outcomes);
        return _outcomes;
    }

    SaveOutcome Record(SaveOutcome outcome)
    {
        _outcomes.Add(outcome);
        return outcome;
    }

    SaveOutcome Write(PreparedDocument prepared, long? existingId, List<(long, string)> index, List<long> stale)
    {
        var (doc, facts, hash) = (prepared.Doc, prepared.Facts, prepared.ContentHash);
        var now = _clock.GetUtcNow().ToString("O");
        var published = doc.Published?.ToString();
        var replacedKeys = new HashSet<string>(StringComparer.Ordinal);
        long documentId;
        if (existingId is { } id)
        {
            documentId = id;
            replacedKeys = RemoveChildren(documentId, stale);
            _sql.UpdateDocument.Bind(1, doc.Title).Bind(2, doc.Url).Bind(3, published).Bind(4, doc.Lang).Bind(5, hash).Bind(6, now).Bind(7, documentId).Run();
        }
        else
            documentId = _sql.InsertDocument.Bind(1, doc.Uri).Bind(2, doc.Title).Bind(3, doc.Url).Bind(4, published).Bind(5, doc.Lang).Bind(6, hash).Bind(7, now).Insert();

        foreach (var p in prepared.Passages)
            index.Add((_sql.InsertPassage.Bind(1, documentId).Bind(2, p.Ordinal).Bind(3, p.Text).Bind(4, p.FactId).Insert(), p.IndexText));
        foreach (var f in facts.Figures) InsertFigure(documentId, f);
        var newIds = new List<long>();
        foreach (var a in facts.Agreements)
        {
            var key = AgreementIdentity.KeyFor(a);
            if (UpsertAgreement(documentId, key, a, now) is { } created && !replacedKeys.Contains(key))
            {
                newIds.Add(created);
                // Same transaction: the agreement and its alerts are stored together or not at all.
                AlertOutbox.Enqueue(_c, _subscriptions ??= SubscriptionBook.Active(_c), created, a, now);
            }
        }
        return new SaveOutcome(existingId is null ? SaveStatus.Added : SaveStatus.Updated, documentId, facts.Agreements.Count, facts.Figures.Count, newIds);
    }

    /// <returns>The identities of agreements removed with the old version: seeing them again is not news.</returns>
    HashSet<string> RemoveChildren(long documentId, List<long> stale)
    {
        var orphaned = _c.QueryScalars<string>(
            "SELECT canonical_key FROM agreements WHERE id IN (SELECT agreement_id FROM agreement_sources WHERE document_id = ?) " +
            "AND id NOT IN (SELECT agreement_id FROM agreement_sources WHERE document_id <> ?)", documentId, documentId);
        // Index rows of the old passages: those written by an earlier commit are deleted at this batch's commit;
        // those still waiting in this batch are simply never written.
        var waiting = _pendingIndex.TryGetValue(documentId, out var queued) ? queued.Select(r => r.PassageId).ToHashSet() : [];
        stale.AddRange(_c.QueryScalars<long>("SELECT id FROM passages WHERE document_id = ?", documentId).Where(id => !waiting.Contains(id)));
        _c.Execute("DELETE FROM passages WHERE document_id = ?", documentId);
        _c.Execute("DELETE FROM figures WHERE document_id = ?", documentId);
        _c.Execute("DELETE FROM agreement_sources WHERE document_id = ?", documentId);
        // An agreement only this document reported goes with it.
        _c.Execute("DELETE FROM agreements WHERE id NOT IN (SELECT agreement_id FROM agreement_sources)");
        return orphaned.ToHashSet(StringComparer.Ordinal);
    }

    void InsertFigure(long documentId, FigureDraft f) => _sql.InsertFigure
        .Bind(1, documentId).Bind(2, f.FactId).Bind(3, f.Metric).Bind(4, f.Period.StartKey).Bind(5, f.Period.EndKey)
        .Bind(6, f.Value).Bind(7, f.Scale).Bind(8, f.Unit).Bind(9, f.Qualifier).Bind(10, f.GrowthFactor)
        .Bind(11, f.GrowthPercent).Bind(12, f.ComparedTo).Bind(13, f.Evidence).Run();

    /// <returns>The agreement's id when the store did not know it before, else null.</returns>
    long? UpsertAgreement(long documentId, string key, AgreementDraft a, string now)
    {
        var known = _sql.FindAgreement.Bind(1, key).First(r => (Id: raw.sqlite3_column_int64(r, 0), NoPlace: raw.sqlite3_column_int(r, 1) != 0));
        long? created = null;
        var id = known.Id;
        if (id == 0)
        {
            id = _sql.InsertAgreement.Bind(1, key).Bind(2, a.Kind).Bind(3, a.Title).Bind(4, a.Domain).Bind(5, a.Signed?.ToString())
                .Bind(6, a.Place).Bind(7, JsonSerializer.Serialize(a.Parties, StoreJson.Options)).Bind(8, now).Insert();
            created = id;
        }
        else if (known.NoPlace && a.Place is not null)
            _sql.SetAgreementPlace.Bind(1, a.Place).Bind(2, id).Run();
        _sql.InsertSource.Bind(1, id).Bind(2, documentId).Bind(3, a.FactId).Run();
        return created;
    }

    void Rollback()
    {
        if (!_inTransaction) return;
        _inTransaction = false;
        // SQLite may already have rolled back by itself (a full disk, an I/O error); that is the outcome wanted here.
        try { _c.Execute("ROLLBACK"); }
        catch (SQLiteException) { }
    }

    /// <summary>Without a <see cref="Commit"/>, nothing of the batch is kept.</summary>
    public void Dispose()
    {
        Rollback();
        _sql?.Dispose();
        if (_ownsConnection) _c.Dispose();
    }
}
