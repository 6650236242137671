using SQLite;

namespace Bot.Knowledge.Storage;

/// <summary>The statements a <see cref="WriteBatch"/> runs for every document, compiled once per batch.</summary>
internal sealed class BatchStatements : IDisposable
{
    readonly List<PreparedStatement> _all = [];

    public BatchStatements(SQLiteConnection c)
    {
        try
        {
            FindDocument = Prepare(c, "SELECT id, content_hash FROM documents WHERE uri = ?");
            FindSameText = Prepare(c, "SELECT uri FROM documents WHERE body_hash = ? AND uri <> ? LIMIT 1");
            InsertDocument = Prepare(c,
                "INSERT INTO documents(uri, title, url, published, lang, content_hash, ingested_at, body_hash, fictional, source_label) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
            UpdateDocument = Prepare(c,
                "UPDATE documents SET title = ?, url = ?, published = ?, lang = ?, content_hash = ?, ingested_at = ?, body_hash = ?, fictional = ?, source_label = ? WHERE id = ?");
            InsertPassage = Prepare(c, "INSERT INTO passages(document_id, ordinal, text, fact_id) VALUES (?, ?, ?, ?)");
            InsertIndex = Prepare(c, "INSERT INTO passage_fts(rowid, terms) VALUES (?, ?)");
            DeleteIndex = Prepare(c, "DELETE FROM passage_fts WHERE rowid = ?");
            Savepoint = Prepare(c, "SAVEPOINT document");
            Release = Prepare(c, "RELEASE document");
            RollbackTo = Prepare(c, "ROLLBACK TO document");
            InsertFigure = Prepare(c,
                "INSERT INTO figures(document_id, fact_id, metric, period_start, period_end, value, scale, unit, qualifier, growth_factor, growth_percent, compared_to, evidence) " +
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
            InsertEvent = Prepare(c,
                "INSERT INTO events(document_id, fact_id, kind, label, actors_json, counterparts_json, place_json, start_date, end_date, status, format, ordinal, role_title, organisation_json, count, evidence) " +
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
            UpsertEntity = Prepare(c,
                "INSERT INTO entities(id, type, name, country, role) VALUES (?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET " +
                "name = CASE WHEN length(excluded.name) > length(entities.name) THEN excluded.name ELSE entities.name END, " +
                "country = COALESCE(entities.country, excluded.country), role = COALESCE(entities.role, excluded.role)");
            InsertAlias = Prepare(c, "INSERT OR IGNORE INTO entity_aliases(entity_id, alias) VALUES (?, ?)");
            InsertAgreement = Prepare(c,
                "INSERT INTO agreements(canonical_key, kind, title, domain, signed, place, parties_json, first_seen_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
            FindAgreementGroup = Prepare(c,
                "SELECT id, canonical_key, title, domain, signed, place, parties_json FROM agreements WHERE canonical_key >= ? AND canonical_key < ? ORDER BY id");
            KeyTaken = Prepare(c, "SELECT 1 FROM agreements WHERE canonical_key = ?");
            CompleteAgreement = Prepare(c, "UPDATE agreements SET place = ?, signed = ? WHERE id = ?");
            InsertSource = Prepare(c, "INSERT OR IGNORE INTO agreement_sources(agreement_id, document_id, fact_id) VALUES (?, ?, ?)");
        }
        catch
        {
            Dispose();
            throw;
        }
    }

    public PreparedStatement FindDocument { get; } = null!;
    public PreparedStatement FindSameText { get; } = null!;
    public PreparedStatement InsertDocument { get; } = null!;
    public PreparedStatement UpdateDocument { get; } = null!;
    public PreparedStatement InsertPassage { get; } = null!;
    public PreparedStatement InsertIndex { get; } = null!;
    public PreparedStatement DeleteIndex { get; } = null!;
    public PreparedStatement Savepoint { get; } = null!;
    public PreparedStatement Release { get; } = null!;
    public PreparedStatement RollbackTo { get; } = null!;
    public PreparedStatement InsertFigure { get; } = null!;
    public PreparedStatement InsertEvent { get; } = null!;
    public PreparedStatement UpsertEntity { get; } = null!;
    public PreparedStatement InsertAlias { get; } = null!;
    public PreparedStatement InsertAgreement { get; } = null!;
    public PreparedStatement FindAgreementGroup { get; } = null!;
    public PreparedStatement KeyTaken { get; } = null!;
    public PreparedStatement CompleteAgreement { get; } = null!;
    public PreparedStatement InsertSource { get; } = null!;

    PreparedStatement Prepare(SQLiteConnection c, string sql)
    {
        var statement = new PreparedStatement(c, sql);
        _all.Add(statement);
        return statement;
    }

    public void Dispose()
    {
        foreach (var statement in _all) statement.Dispose();
        _all.Clear();
    }
}
