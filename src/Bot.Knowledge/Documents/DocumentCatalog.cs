using Bot.Knowledge.Storage;
using SQLite;

namespace Bot.Knowledge.Documents;

/// <summary>
/// The stored documents for the operator: list them, show one, remove a wrong one with everything read out of it
/// (an agreement another document also reports stays). A removal sends no alert and cancels the pending alerts of
/// the agreements it removes.
/// </summary>
public sealed class DocumentCatalog(KnowledgeDb db, StoreVersion version)
{
    const string Select =
        "SELECT d.id AS Id, d.uri AS Uri, d.title AS Title, d.url AS Url, d.published AS Published, d.lang AS Lang, " +
        "d.ingested_at AS IngestedAt, d.source_label AS SourceLabel, " +
        "(SELECT count(*) FROM passages p WHERE p.document_id = d.id) AS Passages, " +
        "(SELECT count(*) FROM figures f WHERE f.document_id = d.id) AS Figures, " +
        "(SELECT count(*) FROM agreement_sources s WHERE s.document_id = d.id) AS Agreements FROM documents d";

    /// <param name="since">Ingested on or after this day.</param>
    /// <param name="source">Part of the address or of the named source, case-insensitive.</param>
    public List<StoredDocument> List(DateOnly? since = null, string? source = null)
    {
        var sinceKey = since?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "";
        var like = "%" + (source ?? "").Replace("%", "", StringComparison.Ordinal) + "%";
        return db.Connection.Query<StoredDocument>(
            Select + " WHERE d.ingested_at >= ? AND (coalesce(d.url, '') LIKE ? OR d.uri LIKE ? OR coalesce(d.source_label, '') LIKE ?) ORDER BY d.id",
            sinceKey, like, like, like);
    }

    /// <summary>By id ("42") or by address (the URL or the file it was ingested from).</summary>
    public StoredDocument? Find(string idOrAddress)
    {
        var key = idOrAddress.Trim();
        return long.TryParse(key, out var id)
            ? db.Connection.Query<StoredDocument>(Select + " WHERE d.id = ?", id).FirstOrDefault()
            : db.Connection.Query<StoredDocument>(Select + " WHERE d.url = ? OR d.uri = ? ORDER BY d.id LIMIT 1", key, key).FirstOrDefault();
    }

    public DocumentRemoval? Remove(string idOrAddress)
    {
        var removal = db.InTransaction(c => Find(idOrAddress) is { } doc ? RemoveIn(c, doc) : null);
        if (removal is not null) version.Bump();
        return removal;
    }

    static DocumentRemoval RemoveIn(SQLiteConnection c, StoredDocument doc)
    {
        var id = doc.Id;
        var onlyHere = c.QueryScalars<long>(
            "SELECT agreement_id FROM agreement_sources WHERE document_id = ? " +
            "AND agreement_id NOT IN (SELECT agreement_id FROM agreement_sources WHERE document_id <> ?)", id, id);
        c.Execute("DELETE FROM passage_fts WHERE rowid IN (SELECT id FROM passages WHERE document_id = ?)", id);
        var passages = c.Execute("DELETE FROM passages WHERE document_id = ?", id);
        var figures = c.Execute("DELETE FROM figures WHERE document_id = ?", id);
        c.Execute("DELETE FROM agreement_sources WHERE document_id = ?", id);
        foreach (var agreement in onlyHere)
        {
            c.Execute("DELETE FROM outbox WHERE agreement_id = ? AND state IN ('pending', 'sending', 'held')", agreement);
            c.Execute("DELETE FROM agreements WHERE id = ?", agreement);
        }
        // Facts other features store per document (events, …) go too, whichever of them this schema has.
        foreach (var table in c.QueryScalars<string>(
                     "SELECT m.name FROM sqlite_master m WHERE m.type = 'table' AND m.name NOT IN ('passages', 'figures', 'agreement_sources') " +
                     "AND EXISTS (SELECT 1 FROM pragma_table_info(m.name) WHERE name = 'document_id')"))
            c.Execute($"DELETE FROM \"{table}\" WHERE document_id = ?", id);
        c.Execute("DELETE FROM documents WHERE id = ?", id);
        CorpusVersion.Bump(c);
        return new DocumentRemoval(doc, passages, figures, onlyHere.Count);
    }
}
