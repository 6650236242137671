using Bot.Knowledge.Model;
using Bot.Knowledge.Storage;

namespace Bot.Knowledge.Search;

/// <summary>All stated figures with their sources; cached until the store changes.</summary>
public sealed class FigureReader
{
    readonly KnowledgeDb _db;
    readonly CachedSnapshot<IReadOnlyList<Figure>> _all;

    public FigureReader(KnowledgeDb db, StoreVersion version)
    {
        _db = db;
        _all = new CachedSnapshot<IReadOnlyList<Figure>>(version, Load);
    }

    public IReadOnlyList<Figure> All() => _all.Get();

    List<Figure> Load()
    {
        var docs = _db.Connection.Query<DocumentRow>("SELECT id, uri, title, url, published, lang, content_hash, ingested_at FROM documents WHERE id IN (SELECT DISTINCT document_id FROM figures)")
            .ToDictionary(d => d.Id);
        return _db.Connection.Query<FigureRow>("SELECT * FROM figures")
            .Select(r =>
            {
                var d = docs[r.DocumentId];
                return new Figure(r.Id, r.Metric, Period.FromKeys(r.PeriodStart, r.PeriodEnd), r.Value, r.Scale, r.Unit, r.Qualifier,
                    r.GrowthFactor, r.GrowthPercent, r.ComparedTo, r.Evidence, r.FactId, new SourceRef(d.Id, d.Title, d.Url, d.Published));
            })
            .OrderBy(f => f.Metric, StringComparer.Ordinal).ThenBy(f => f.Period.StartKey, StringComparer.Ordinal).ThenBy(f => f.Period.EndKey, StringComparer.Ordinal)
            .ToList();
    }
}
