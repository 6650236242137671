using System.Text.Json;
using Bot.Knowledge.Extraction;
using Bot.Knowledge.Ingestion;
using Bot.Knowledge.Model;
using Bot.Knowledge.Text;

namespace Bot.Knowledge.Storage;

/// <summary>
/// Saves a document with its passages and extracted facts in one transaction. The same content again changes
/// nothing; changed content replaces the document's passages and facts; an agreement already known under its
/// canonical identity gains a source instead of becoming a second record.
/// </summary>
public sealed class DocumentWriter(KnowledgeDb db, StoreVersion version, TimeProvider clock)
{
    readonly Alerts.AlertOutbox _outbox = new(db, clock);

    public const int MaxPassageChars = 1200;

    public event Action<SaveOutcome>? Saved;

    public SaveOutcome Save(SourceDocument doc, ExtractedFacts facts, IReadOnlyList<string?>? paragraphFactIds = null)
    {
        var c = db.Connection;
        SaveOutcome outcome = null!;
        var hash = doc.ContentHash;
        c.RunInTransaction(() =>
        {
            var existing = c.Query<DocumentRow>("SELECT * FROM documents WHERE uri = ?", doc.Uri).FirstOrDefault();
            if (existing is not null && existing.ContentHash == hash)
            {
                outcome = new SaveOutcome(SaveStatus.Unchanged, existing.Id, 0, 0, []);
                return;
            }
            var now = clock.GetUtcNow().ToString("O");
            var row = existing ?? new DocumentRow { Uri = doc.Uri };
            row.Title = doc.Title; row.Url = doc.Url; row.Published = doc.Published?.ToString(); row.Lang = doc.Lang;
            row.ContentHash = hash; row.IngestedAt = now;
            var replacedKeys = new HashSet<string>(StringComparer.Ordinal);
            if (existing is null) c.Insert(row);
            else { replacedKeys = RemoveChildren(row.Id); c.Update(row); }

            InsertPassages(row.Id, doc.Paragraphs, paragraphFactIds);
            foreach (var f in facts.Figures) InsertFigure(row.Id, f);
            var newIds = new List<long>();
            foreach (var a in facts.Agreements)
                if (UpsertAgreement(row.Id, a, now) is { } id && !replacedKeys.Contains(AgreementIdentity.KeyFor(a)))
                {
                    newIds.Add(id);
                    // Same transaction: the agreement and its alerts are stored together or not at all.
                    _outbox.Enqueue(id, a);
                }
            outcome = new SaveOutcome(existing is null ? SaveStatus.Added : SaveStatus.Updated, row.Id, facts.Agreements.Count, facts.Figures.Count, newIds);
        });
        if (outcome.Status != SaveStatus.Unchanged) version.Bump();
        Saved?.Invoke(outcome);
        return outcome;
    }

    /// <returns>The identities of agreements removed with the old version: seeing them again is not news.</returns>
    HashSet<string> RemoveChildren(long documentId)
    {
        var c = db.Connection;
        var orphaned = c.QueryScalars<string>(
            "SELECT canonical_key FROM agreements WHERE id IN (SELECT agreement_id FROM agreement_sources WHERE document_id = ?) " +
            "AND id NOT IN (SELECT agreement_id FROM agreement_sources WHERE document_id <> ?)", documentId, documentId);
        c.Execute("DELETE FROM passage_fts WHERE rowid IN (SELECT id FROM passages WHERE document_id = ?)", documentId);
        c.Execute("DELETE FROM passages WHERE document_id = ?", documentId);
        c.Execute("DELETE FROM figures WHERE document_id = ?", documentId);
        c.Execute("DELETE FROM agreement_sources WHERE document_id = ?", documentId);
        // An agreement only this document reported goes with it.
        c.Execute("DELETE FROM agreements WHERE id NOT IN (SELECT agreement_id FROM agreement_sources)");
        return orphaned.ToHashSet(StringComparer.Ordinal);
    }

    void InsertPassages(long documentId, IReadOnlyList<string> paragraphs, IReadOnlyList<string?>? factIds)
    {
        var ordinal = 0;
        for (var i = 0; i < paragraphs.Count; i++)
            foreach (var chunk in Chunk(paragraphs[i]))
            {
                var passage = new PassageRow { DocumentId = documentId, Ordinal = ordinal++, Text = chunk, FactId = factIds?[i] };
                db.Connection.Insert(passage);
                db.Connection.Execute("INSERT INTO passage_fts(rowid, terms) VALUES (?, ?)", passage.Id, TermAnalyzer.IndexText(chunk));
            }
    }

    static IEnumerable<string> Chunk(string paragraph)
    {
        if (paragraph.Length <= MaxPassageChars) { yield return paragraph; yield break; }
        var current = new System.Text.StringBuilder();
        foreach (var sentence in SentenceSplitter.Split(paragraph))
        {
            if (current.Length > 0 && current.Length + sentence.Length > MaxPassageChars)
            {
                yield return current.ToString();
                current.Clear();
            }
            if (current.Length > 0) current.Append(' ');
            current.Append(sentence);
        }
        if (current.Length > 0) yield return current.ToString();
    }

    void InsertFigure(long documentId, FigureDraft f) => db.Connection.Insert(new FigureRow
    {
        DocumentId = documentId, FactId = f.FactId, Metric = f.Metric, PeriodStart = f.Period.StartKey, PeriodEnd = f.Period.EndKey,
        Value = f.Value, Scale = f.Scale, Unit = f.Unit, Qualifier = f.Qualifier, GrowthFactor = f.GrowthFactor,
        GrowthPercent = f.GrowthPercent, ComparedTo = f.ComparedTo, Evidence = f.Evidence,
    });

    /// <returns>The agreement's id when the store did not know it before, else null.</returns>
    long? UpsertAgreement(long documentId, AgreementDraft a, string now)
    {
        var c = db.Connection;
        var key = AgreementIdentity.KeyFor(a);
        var existing = c.Query<AgreementRow>("SELECT * FROM agreements WHERE canonical_key = ?", key).FirstOrDefault();
        long? created = null;
        if (existing is null)
        {
            existing = new AgreementRow
            {
                CanonicalKey = key, Kind = a.Kind, Title = a.Title, Domain = a.Domain, Signed = a.Signed?.ToString(), Place = a.Place,
                PartiesJson = JsonSerializer.Serialize(a.Parties, StoreJson.Options), FirstSeenAt = now,
            };
            c.Insert(existing);
            created = existing.Id;
        }
        else if (existing.Place is null && a.Place is not null)
        {
            existing.Place = a.Place;
            c.Update(existing);
        }
        c.Execute("INSERT OR IGNORE INTO agreement_sources(agreement_id, document_id, fact_id) VALUES (?, ?, ?)", existing.Id, documentId, a.FactId);
        return created;
    }
}
