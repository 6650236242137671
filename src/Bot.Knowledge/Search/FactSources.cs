using Bot.Knowledge.Model;
using Bot.Knowledge.Storage;

namespace Bot.Knowledge.Search;

/// <summary>
/// The source of every document that states a figure, an event or an agreement, one object per document shared by the
/// figure, event and agreement snapshots; cached until the store changes. Each snapshot used to read its own copy of the
/// same titles and addresses (measured on the bench corpus: about 10,000 documents, some 4 MB each).
/// </summary>
public sealed class FactSources
{
    readonly KnowledgeDb _db;
    readonly CachedSnapshot<Dictionary<long, SourceRef>> _all;

    public FactSources(KnowledgeDb db, StoreVersion version)
    {
        _db = db;
        _all = new CachedSnapshot<Dictionary<long, SourceRef>>(version, Load);
    }

    /// <summary>
    /// The sources as they are now, for the rows of one snapshot (the store's version is checked once, not per row); a
    /// document that came in after the sources were read is read on its own.
    /// </summary>
    public Func<long, SourceRef> Current()
    {
        var all = _all.Get();
        return id => all.TryGetValue(id, out var source) ? source
            : _db.Connection.Query<DocumentSourceHit>("SELECT id AS DocId, title AS Title, url AS Url, published AS Published FROM documents WHERE id = ?", id).Select(Ref).Single();
    }

    Dictionary<long, SourceRef> Load()
    {
        // A title many pages share (a site's default heading, a series' name) and a publication day are kept once: a large
        // store's pages repeat both (measured on the bench corpus: 10,000 sources, 841 titles, 3,945 days).
        var words = new Dictionary<string, string>(StringComparer.Ordinal);
        string? Shared(string? value) => value is null ? null : words.TryGetValue(value, out var one) ? one : words[value] = value;
        // Sized once from a count of the same rows: grown by doubling, each smaller copy stayed on the large-object heap
        // until a full collection, which came before answering's plateau in one run and after it in the next (bench, 10,000
        // documents: 0.6 MB of the run's peak).
        var sources = new Dictionary<long, SourceRef>(_db.Connection.ExecuteScalar<int>($"SELECT count(*) FROM documents WHERE {WithFacts}"));
        foreach (var r in _db.Connection.DeferredQuery<DocumentSourceHit>(
            $"SELECT id AS DocId, title AS Title, url AS Url, published AS Published FROM documents WHERE {WithFacts}"))
            sources.Add(r.DocId, new SourceRef(r.DocId, Shared(r.Title)!, r.Url, Shared(r.Published)));
        return sources;
    }

    const string WithFacts = "id IN (SELECT document_id FROM figures UNION SELECT document_id FROM events UNION SELECT document_id FROM agreement_sources)";

    static SourceRef Ref(DocumentSourceHit r) => new(r.DocId, r.Title, r.Url, r.Published);
}
