using Bot.Answering.Understanding;
using Bot.Knowledge.Search;

namespace Bot.Answering.Evidence;

/// <summary>
/// How much each unit of a question weighs: as much as its commonest variant's inverse document frequency, so a rare
/// synonym cannot make a common word decisive, and a word the store lacks altogether weighs the most (a question about
/// something unknown stays unanswered).
/// </summary>
public sealed record QueryWeights(IReadOnlyList<QueryUnit> Units, IReadOnlyList<double> Weights, IReadOnlyDictionary<string, long> Frequencies, long Passages)
{
    public double Total { get; } = Weights.Sum();

    public static QueryWeights Of(IReadOnlyList<QueryUnit> units, PassageSearch search)
    {
        var total = Math.Max(1, search.PassageCount());
        var df = search.DocumentFrequencies(units.SelectMany(u => u.Keys).Distinct(StringComparer.Ordinal));
        var weights = units.Select(u => Idf(u.Keys.Select(k => df.GetValueOrDefault(k)).DefaultIfEmpty(0).Max(), total)).ToList();
        return new QueryWeights(units, weights, df, total);
    }

    static double Idf(long df, long total) => Math.Log(1 + (total - df + 0.5) / (df + 0.5));

    /// <summary>The weight of the units whose bits are set.</summary>
    public double Of(ulong mask)
    {
        double sum = 0;
        for (var i = 0; i < Weights.Count && i < 64; i++)
            if ((mask & 1UL << i) != 0) sum += Weights[i];
        return sum;
    }
}
