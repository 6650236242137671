using Bot.Knowledge.Alerts;
using Bot.Knowledge.Chats;
using Bot.Knowledge.Extraction;
using Bot.Knowledge.Ingestion;
using Bot.Knowledge.Model;
using Bot.Knowledge.Text;
using SQLite;
using SQLitePCL;

namespace Bot.Knowledge.Storage;

/// <summary>
/// Saves documents in one transaction: nothing is visible to readers before <see cref="Commit"/>, and nothing is kept
/// without it. The same content again changes nothing; changed content replaces the document's passages and facts; an
/// agreement already known under its canonical identity gains a source instead of becoming a second record, and a new
/// one writes its alerts to the outbox in the same transaction.
/// </summary>
/// <remarks>
/// Each document is saved under a savepoint of its own: one that fails to save is undone alone and the batch goes on
/// (the caller reports it failed), so each document is atomic on its own and the others of its batch are kept, without
/// the batch's documents being held for a second pass. FTS5 writes its pending index terms to disk at every savepoint it
/// takes part in, and an index segment per document cost more than all the rest of the save, so the search index is
/// written at <see cref="Commit"/>, from the keys the batch held (<see cref="PendingIndex"/>). If SQLite itself gave up
/// the transaction (a full disk, an I/O error), the batch is over and the error is thrown. The transaction starts
/// IMMEDIATE, so a writer in another process waits here rather than failing midway.
/// </remarks>
public sealed class WriteBatch : IDisposable
{
    readonly SQLiteConnection _c;
    readonly Action<SQLiteConnection> _release;
    readonly TimeProvider _clock;
    readonly Action<IReadOnlyList<SaveOutcome>> _committed;
    readonly BatchStatements _sql;
    readonly PendingIndex _index;
    readonly AgreementGroups _agreements = new();
    readonly List<SaveOutcome> _outcomes = [];
    List<SubscriptionRow>? _subscriptions;
    HashSet<long>? _digestChats;
    bool _inTransaction;

    /// <param name="connection">A connection of the batch's own while it lasts.</param>
    /// <param name="release">What is done with the connection when the batch ends (its transaction ended).</param>
    /// <param name="index">Where the batch holds its search-index rows until it commits, kept by a caller that writes many batches.</param>
    internal WriteBatch(SQLiteConnection connection, Action<SQLiteConnection> release, TimeProvider clock, Action<IReadOnlyList<SaveOutcome>> committed, PendingIndex? index = null)
    {
        _c = connection;
        _index = index ?? new PendingIndex();
        _index.Clear();
        _release = release;
        _clock = clock;
        _committed = committed;
        try
        {
            // A savepoint keeps the pages a document changes in a journal of its own: in memory, not in a temporary file
            // written and truncated for every document.
            _c.Execute("PRAGMA temp_store = MEMORY");
            _c.Execute($"PRAGMA cache_size = -{KnowledgeDb.BatchCacheKib}");
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

    /// <summary>Whether documents can still be saved in the batch: not committed, and not given up after a failure SQLite could not undo.</summary>
    public bool IsOpen => _inTransaction;

    public SaveOutcome Save(SourceDocument doc, ExtractedFacts facts, IReadOnlyList<string?>? paragraphFactIds = null) =>
        Save(PreparedDocument.Of(doc, facts, paragraphFactIds));

    /// <summary>
    /// Saves one more document in the batch. If it fails, what it wrote is undone and the exception thrown; the batch
    /// goes on with the documents saved before it (unless SQLite gave up the transaction: then <see cref="IsOpen"/> is false).
    /// </summary>
    public SaveOutcome Save(PreparedDocument prepared)
    {
        if (!_inTransaction) throw new InvalidOperationException("This batch has been committed or rolled back.");
        var mark = _index.Mark;
        _sql.Savepoint.Run();
        try
        {
            var (doc, hash) = (prepared.Doc, prepared.ContentHash);
            var existing = _sql.FindDocument.Bind(1, doc.Uri).First(r => (Id: raw.sqlite3_column_int64(r, 0), Hash: raw.sqlite3_column_text(r, 1).utf8_to_string()));
            SharedSource.Stored? sharedWith = null;
            // Another text naming a stored document's source address is a document of its own, never a silent replacement.
            if (existing.Id != 0 && existing.Hash != hash && doc.ReadFrom is not null && prepared.BodyHash is not null
                && !SharedSource.Continues(_c, prepared, existing.Id))
            {
                sharedWith = SharedSource.Find(_c, existing.Id);
                var (id, uri, ownHash) = SharedSource.OwnRecord(_c, prepared, doc.Uri);
                (prepared, doc, existing) = (prepared with { Doc = doc with { Uri = uri } }, doc with { Uri = uri }, (id ?? 0, ownHash ?? ""));
            }
            var outcome = existing.Id != 0 && existing.Hash == hash
                ? new SaveOutcome(SaveStatus.Unchanged, existing.Id, 0, 0, [])
                : existing.Id == 0 && SameTextAs(prepared) is { } other
                    ? new SaveOutcome(SaveStatus.Duplicate, 0, 0, 0, []) { DuplicateOf = other }
                    : Write(prepared, existing.Id == 0 ? null : existing.Id);
            if (sharedWith is not null) outcome = outcome with { SharesSourceWith = $"{sharedWith.Title} ({sharedWith.Uri})" };
            _sql.Release.Run();
            _outcomes.Add(outcome);
            return outcome;
        }
        catch
        {
            Undo(mark);
            throw;
        }
    }

    /// <summary>Undoes what the document being saved wrote, back to its savepoint; a transaction SQLite gave up ends the batch.</summary>
    void Undo((int Rows, int Removed, int Length) mark)
    {
        if (raw.sqlite3_get_autocommit(_c.Handle) != 0)
        {
            _inTransaction = false;
            return;
        }
        try
        {
            _sql.RollbackTo.Run();
            _sql.Release.Run();
            _index.Undo(mark);
            // What the document wrote is gone, the agreements it added or completed with it.
            _agreements.Forget();
        }
        catch (SQLiteException)
        {
            Rollback();
        }
    }

    /// <summary>Commits: readers see every document of the batch at once.</summary>
    public IReadOnlyList<SaveOutcome> Commit()
    {
        if (!_inTransaction) throw new InvalidOperationException("This batch has been committed or rolled back.");
        try
        {
            _index.WriteTo(_sql.DeleteIndex, _sql.InsertIndex);
            // Documents found unchanged (a feed polled again) change nothing a reader caches.
            if (_outcomes.Exists(o => o.Status is SaveStatus.Added or SaveStatus.Updated)) CorpusVersion.Bump(_c);
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

    /// <summary>The address of a stored document with the same text: a file, its web page and a mirror of it are one document.</summary>
    string? SameTextAs(PreparedDocument prepared) => prepared.BodyHash is null ? null
        : _sql.FindSameText.Bind(1, prepared.BodyHash).Bind(2, prepared.Doc.Uri).First(r => raw.sqlite3_column_text(r, 0).utf8_to_string());

    SaveOutcome Write(PreparedDocument prepared, long? existingId)
    {
        var (doc, facts, hash) = (prepared.Doc, prepared.Facts, prepared.ContentHash);
        var now = _clock.GetUtcNow().ToString("O");
        var published = doc.Published?.ToString();
        List<AgreementRow> replaced = [];
        long documentId;
        if (existingId is { } id)
        {
            documentId = id;
            replaced = RemoveChildren(documentId);
            _sql.UpdateDocument.Bind(1, doc.Title).Bind(2, doc.Url).Bind(3, published).Bind(4, doc.Lang).Bind(5, hash).Bind(6, now)
                .Bind(7, prepared.BodyHash).Bind(8, doc.Fictional ? 1 : 0).Bind(9, doc.SourceLabel).Bind(10, documentId).Run();
        }
        else
            documentId = _sql.InsertDocument.Bind(1, doc.Uri).Bind(2, doc.Title).Bind(3, doc.Url).Bind(4, published).Bind(5, doc.Lang).Bind(6, hash).Bind(7, now)
                .Bind(8, prepared.BodyHash).Bind(9, doc.Fictional ? 1 : 0).Bind(10, doc.SourceLabel).Insert();

        var notice = 0;
        foreach (var p in prepared.Passages)
        {
            var passageId = _sql.InsertPassage.Bind(1, documentId).Bind(2, p.Ordinal).Bind(3, p.Text).Bind(4, p.FactId).Insert();
            _index.Add(passageId, p.Text, doc.Title, p.Words);
            // A correction notice is kept as found, so answering reads it without searching for it.
            for (; notice < prepared.Notices.Count && prepared.Notices[notice].Ordinal == p.Ordinal; notice++)
                _c.Execute("INSERT INTO notices (passage_id, document_id, start) VALUES (?, ?, ?)", passageId, documentId, prepared.Notices[notice].Start);
        }
        foreach (var f in facts.Figures) InsertFigure(documentId, f);
        foreach (var e in facts.Events) InsertEvent(documentId, e);
        foreach (var entity in facts.Entities) UpsertLearned(entity);
        var newIds = new List<long>();
        // Each known agreement answers for one item of a document: two memoranda one list names stay two.
        var claimed = new HashSet<long>();
        foreach (var a in facts.Agreements)
        {
            if (UpsertAgreement(documentId, a, now, claimed) is { } created && !replaced.Exists(r => SameAgreement(a, r)))
            {
                newIds.Add(created);
                // Same transaction: the agreement and its alerts are stored together or not at all.
                AlertOutbox.Enqueue(_c, _subscriptions ??= SubscriptionBook.Active(_c), _digestChats ??= AlertOutbox.DigestChats(_c), created, a, now);
            }
        }
        return new SaveOutcome(existingId is null ? SaveStatus.Added : SaveStatus.Updated, documentId, facts.Agreements.Count, facts.Figures.Count, newIds);
    }

    /// <returns>The agreements removed with the old version: seeing them again is not news.</returns>
    List<AgreementRow> RemoveChildren(long documentId)
    {
        var orphaned = _c.Query<AgreementRow>(
            "SELECT * FROM agreements WHERE id IN (SELECT agreement_id FROM agreement_sources WHERE document_id = ?) " +
            "AND id NOT IN (SELECT agreement_id FROM agreement_sources WHERE document_id <> ?)", documentId, documentId);
        _index.Remove(_c.QueryScalars<long>("SELECT id FROM passages WHERE document_id = ?", documentId));
        _c.Execute("DELETE FROM notices WHERE document_id = ?", documentId);
        _c.Execute("DELETE FROM passages WHERE document_id = ?", documentId);
        _c.Execute("DELETE FROM figures WHERE document_id = ?", documentId);
        _c.Execute("DELETE FROM events WHERE document_id = ?", documentId);
        _c.Execute("DELETE FROM agreement_sources WHERE document_id = ?", documentId);
        // An agreement only this document reported goes with it.
        _c.Execute("DELETE FROM agreements WHERE id NOT IN (SELECT agreement_id FROM agreement_sources)");
        _agreements.Forget();
        return orphaned;
    }

    void InsertFigure(long documentId, FigureDraft f) => _sql.InsertFigure
        .Bind(1, documentId).Bind(2, f.FactId).Bind(3, f.Metric).Bind(4, f.Period.StartKey).Bind(5, f.Period.EndKey)
        .Bind(6, f.Value).Bind(7, f.Scale).Bind(8, f.Unit).Bind(9, f.Qualifier).Bind(10, f.GrowthFactor)
        .Bind(11, f.GrowthPercent).Bind(12, f.ComparedTo).Bind(13, f.Evidence).Run();

    /// <summary>A learned person or institution: new, or completed (a country, a title, more spellings); curated ones are never touched.</summary>
    void UpsertLearned(Model.Entity e)
    {
        if (!e.Id.StartsWith(Entities.EntityLearner.LearnedPrefix, StringComparison.Ordinal)) return;
        _sql.UpsertEntity.Bind(1, e.Id).Bind(2, e.Type).Bind(3, e.Name).Bind(4, e.Country).Bind(5, e.Role).Run();
        foreach (var alias in e.Aliases.Distinct(StringComparer.Ordinal)) _sql.InsertAlias.Bind(1, e.Id).Bind(2, alias).Run();
    }

    void InsertEvent(long documentId, EventDraft e) => BindActors(BindActors(_sql.InsertEvent
        .Bind(1, documentId).Bind(2, e.FactId).Bind(3, e.Kind).Bind(4, e.Label), 5, e.Actors), 6, e.Counterparts)
        .BindJson(7, e.Place, StoreJsonContext.Default.EventPlace).Bind(8, e.Start?.ToString()).Bind(9, e.End?.ToString())
        .Bind(10, e.Status).Bind(11, e.Format).Bind(12, e.Ordinal).Bind(13, e.RoleTitle)
        .BindJson(14, e.Organisation, StoreJsonContext.Default.EventActor).Bind(15, e.Count).Bind(16, e.Evidence).Run();

    /// <summary>Most events name no counterpart, many no actor: an empty list is written without the serializer.</summary>
    static PreparedStatement BindActors(PreparedStatement statement, int index, IReadOnlyList<EventActor> actors) =>
        actors.Count == 0 ? statement.Bind(index, "[]") : statement.BindJson(index, actors, StoreJsonContext.Default.IReadOnlyListEventActor);

    /// <returns>The agreement's id when the store did not know it before, else null.</returns>
    /// <remarks>
    /// A report joins the most alike agreement of its identity group (<see cref="AgreementIdentity"/>) that its document
    /// has not already joined, and fills in what the store lacked: a place, a day where only the year was known.
    /// </remarks>
    long? UpsertAgreement(long documentId, AgreementDraft a, string now, HashSet<long> claimed)
    {
        var group = AgreementIdentity.GroupOf(a);
        var members = _agreements.Of(group, _sql.FindAgreementGroup);
        // The day first: only the group's agreements of the same day not yet claimed are compared whole; of those that are
        // the same agreement, the one whose parties fit best, then the most alike, the first stored of equals.
        KnownAgreement? known = null;
        var (bestFit, bestLikeness) = (AgreementIdentity.PartyFit.Different, 0.0);
        foreach (var m in members)
        {
            if (claimed.Contains(m.Id) || !AgreementIdentity.SameDay(m.SignedDate, a.Signed)) continue;
            var fit = AgreementIdentity.Parties(a.Parties, m.Parties);
            if (!AgreementIdentity.SameAgreement(a, m.SignedDate, m.Title, m.Domain, m.Parties, fit)) continue;
            if (known is not null && fit < bestFit) continue;
            if (known is null || fit > bestFit)
            {
                (known, bestFit, bestLikeness) = (m, fit, double.NaN);
                continue;
            }
            // Equal fits: the likeness decides, worked out only for them.
            if (double.IsNaN(bestLikeness)) bestLikeness = AgreementIdentity.Likeness(a, known.Title, known.Domain);
            var likeness = AgreementIdentity.Likeness(a, m.Title, m.Domain);
            if (likeness > bestLikeness) (known, bestLikeness) = (m, likeness);
        }
        long? created = null;
        long id;
        if (known is null)
        {
            // Every key of the group starts with the group, so a key taken anywhere is taken in the group.
            var n = members.Count;
            while (_sql.KeyTaken.Bind(1, AgreementIdentity.KeyFor(a, n)).First(_ => true)) n++;
            var parties = System.Text.Json.JsonSerializer.Serialize(a.Parties, StoreJson.Options);
            var signed = a.Signed?.ToString();
            id = _sql.InsertAgreement.Bind(1, AgreementIdentity.KeyFor(a, n)).Bind(2, a.Kind).Bind(3, a.Title).Bind(4, a.Domain).Bind(5, signed)
                .Bind(6, a.Place).Bind(7, parties).Bind(8, now).Insert();
            members.Add(new KnownAgreement(id, a.Title, a.Domain, parties, signed, a.Place));
            created = id;
        }
        else
        {
            id = known.Id;
            var signed = AgreementIdentity.Finer(known.SignedDate, a.Signed)?.ToString();
            if (known.Place is null && a.Place is not null || signed != known.Signed)
            {
                _sql.CompleteAgreement.Bind(1, known.Place ?? a.Place).Bind(2, signed).Bind(3, id).Run();
                known.Place ??= a.Place;
                known.SignedOn(signed);
            }
        }
        claimed.Add(id);
        _sql.InsertSource.Bind(1, id).Bind(2, documentId).Bind(3, a.FactId).Run();
        return created;
    }

    static bool SameAgreement(AgreementDraft a, AgreementRow known) =>
        AgreementIdentity.SameAgreement(a, PartialDate.Parse(known.Signed), known.Title, known.Domain, PartiesOf(known));

    static IReadOnlyList<Party> PartiesOf(AgreementRow row) => StoredParties.Of(row.PartiesJson);

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
        _index.Clear();
        _release(_c);
    }
}
