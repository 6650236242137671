using Bot.Knowledge.Model;
using Bot.Knowledge.Storage;

namespace Bot.Knowledge.Search;

/// <summary>All stated figures with their sources, also by metric and by metric and period; cached until the store changes.</summary>
public sealed class FigureReader
{
    readonly KnowledgeDb _db;
    readonly CachedSnapshot<Snapshot> _all;

    public FigureReader(KnowledgeDb db, StoreVersion version)
    {
        _db = db;
        _all = new CachedSnapshot<Snapshot>(version, Load);
    }

    // A question asks for one metric, often for one period: thousands of figures need not be scanned for a handful.
    sealed class Snapshot(List<Figure> all)
    {
        public List<Figure> All { get; } = all;
        public Dictionary<string, List<Figure>> ByMetric { get; } = all.GroupBy(f => f.Metric, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        public Dictionary<(string Metric, Period Period), List<Figure>> ByPeriod { get; } = all.GroupBy(f => (f.Metric, f.Period))
            .ToDictionary(g => g.Key, g => g.ToList());
    }

    public IReadOnlyList<Figure> All() => _all.Get().All;

    /// <summary>The figures of one metric, in the order of <see cref="All"/>.</summary>
    public IReadOnlyList<Figure> OfMetric(string metric) => _all.Get().ByMetric.GetValueOrDefault(metric) ?? [];

    /// <summary>The figures of one metric stated for exactly this period, in the order of <see cref="All"/>.</summary>
    public IReadOnlyList<Figure> OfMetric(string metric, Period period) => _all.Get().ByPeriod.GetValueOrDefault((metric, period)) ?? [];

    Snapshot Load()
    {
        var docs = _db.Connection.Query<DocumentRow>("SELECT id, uri, title, url, published, lang, content_hash, ingested_at FROM documents WHERE id IN (SELECT DISTINCT document_id FROM figures)")
            .ToDictionary(d => d.Id);
        return new Snapshot(_db.Connection.Query<FigureRow>("SELECT * FROM figures")
            .Select(r =>
            {
                var d = docs[r.DocumentId];
                return new Figure(r.Id, r.Metric, Period.FromKeys(r.PeriodStart, r.PeriodEnd), r.Value, r.Scale, r.Unit, r.Qualifier,
                    r.GrowthFactor, r.GrowthPercent, r.ComparedTo, r.Evidence, r.FactId, new SourceRef(d.Id, d.Title, d.Url, d.Published));
            })
            .OrderBy(f => f.Metric, StringComparer.Ordinal).ThenBy(f => f.Period.StartKey, StringComparer.Ordinal).ThenBy(f => f.Period.EndKey, StringComparer.Ordinal)
            .ToList());
    }
}
