using Bot.Knowledge.Metrics;
using Bot.Knowledge.Model;
using Bot.Knowledge.Storage;

namespace Bot.Knowledge.Search;

/// <summary>
/// All stated figures with their sources, also by metric and by metric and period, and apart those of an unknown period;
/// cached until the store changes.
/// </summary>
public sealed class FigureReader
{
    readonly KnowledgeDb _db;
    readonly FactSources _sources;
    readonly CachedSnapshot<Snapshot> _all;

    public FigureReader(KnowledgeDb db, StoreVersion version, FactSources sources)
    {
        _db = db;
        _sources = sources;
        _all = new CachedSnapshot<Snapshot>(version, Load);
    }

    // A question asks for one metric, often for one period: thousands of figures need not be scanned for a handful.
    sealed class Snapshot
    {
        public Snapshot(List<Figure> stored)
        {
            Undated = stored.Where(f => !f.Period.IsKnown).GroupBy(f => f.Metric, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
            // The dated figures are the stored list itself, the undated taken out where they stand (same order): a copy
            // grown by doubling left each smaller one on the large-object heap, and the whole list besides (bench, 10,000
            // documents: 0.56 MB of the run's peak when no full collection came before answering's plateau).
            stored.RemoveAll(f => !f.Period.IsKnown);
            All = stored;
            ByMetric = stored.GroupBy(f => f.Metric, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
            ByPeriod = stored.GroupBy(f => (f.Metric, f.Period)).ToDictionary(g => g.Key, g => g.ToList());
        }

        public List<Figure> All { get; }
        public Dictionary<string, List<Figure>> Undated { get; }
        public Dictionary<string, List<Figure>> ByMetric { get; }
        public Dictionary<(string Metric, Period Period), List<Figure>> ByPeriod { get; }
    }

    /// <summary>Every figure stated for a period; those of an unknown period are apart (<see cref="UndatedOf"/>).</summary>
    public IReadOnlyList<Figure> All() => _all.Get().All;

    /// <summary>
    /// The figures of one metric an undated document states without a period ("3 flights a week"), each with its source:
    /// to be given as stated, never as a year's.
    /// </summary>
    public IReadOnlyList<Figure> UndatedOf(string metric) => _all.Get().Undated.GetValueOrDefault(MetricCatalog.Default.Canonical(metric)) ?? [];

    /// <summary>The figures of one metric (by its catalogue key or an older alias such as "exports"), in the order of <see cref="All"/>.</summary>
    public IReadOnlyList<Figure> OfMetric(string metric) => _all.Get().ByMetric.GetValueOrDefault(MetricCatalog.Default.Canonical(metric)) ?? [];

    /// <summary>The figures of one metric stated for exactly this period, in the order of <see cref="All"/>.</summary>
    public IReadOnlyList<Figure> OfMetric(string metric, Period period) =>
        _all.Get().ByPeriod.GetValueOrDefault((MetricCatalog.Default.Canonical(metric), period)) ?? [];

    Snapshot Load()
    {
        // One copy of each metric, scale, unit and qualifier word, and of each evidence sentence (one sentence often states
        // several figures: exports, imports and turnover), and the source objects the other snapshots share: a large store
        // holds tens of thousands of figures from a few thousand pages, all in this snapshot.
        var source = _sources.Current();
        var words = new Dictionary<string, string>(StringComparer.Ordinal);
        string Word(string w) => words.TryGetValue(w, out var known) ? known : words[w] = w;
        // Sized once from the count: grown by doubling, the list left each smaller copy on the large-object heap until a
        // full collection.
        var figures = new List<Figure>(_db.Connection.ExecuteScalar<int>("SELECT count(*) FROM figures"));
        // Sorted by SQLite (the keys are ASCII, so its byte order is the ordinal order; id keeps ties in table order)
        // and read row by row: no second copy of every row to sort.
        foreach (var r in _db.Connection.DeferredQuery<FigureRow>("SELECT * FROM figures ORDER BY metric, period_start, period_end, id"))
            figures.Add(new Figure(r.Id, Word(r.Metric), Period.FromKeys(r.PeriodStart, r.PeriodEnd), r.Value, Word(r.Scale), Word(r.Unit), Word(r.Qualifier),
                r.GrowthFactor, r.GrowthPercent, r.ComparedTo is null ? null : Word(r.ComparedTo), Word(r.Evidence), r.FactId, source(r.DocumentId)));
        return new Snapshot(figures);
    }
}
