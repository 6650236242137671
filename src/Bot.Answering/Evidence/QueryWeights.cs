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

    /// <summary>
    /// How many units a window must hold (<see cref="Bot.Answering.Passages.PassageAnswerer.MinUnits"/>), loose words the store lacks
    /// left out: a question phrased in other words than the source's must not need more matches than it can get.
    /// </summary>
    public int RequiredUnits
    {
        get
        {
            var required = Bot.Answering.Passages.PassageAnswerer.MinUnits(Units.Count - Units.Where((u, i) => Weights[i] == 0 || u.IsLooseWord && Weights[i] == LooseWordWeight * (OwnUnits > 0 && i >= OwnUnits ? CarriedWeight : 1)
                && u.Keys.All(k => Frequencies.GetValueOrDefault(k) == 0)).Count());
            // A follow-up needs what it asks and one word of what it continues, not half of both questions' words.
            return OwnUnits > 0 ? Math.Min(required, Bot.Answering.Passages.PassageAnswerer.MinUnits(OwnUnits) + 1) : required;
        }
    }

    /// <summary>How many units, from the first, a follow-up states itself (<see cref="Question.OwnUnits"/>); 0 for a question of its own.</summary>
    public int OwnUnits { get; init; }

    // The words a follow-up carries over say what it continues; the words it states say what it asks, and weigh more.
    const double CarriedWeight = 0.5;

    /// <param name="unweighted">Units a document holds by what it is, not by its words ("BNR" in "according to BNR": its
    /// address says so): no passage's words are expected to hold them, and they weigh nothing.</param>
    public static QueryWeights Of(IReadOnlyList<QueryUnit> units, PassageSearch search, int ownUnits = 0, ulong unweighted = 0)
    {
        var total = Math.Max(1, search.PassageCount());
        var df = search.DocumentFrequencies(units.SelectMany(u => u.Keys).Distinct(StringComparer.Ordinal));
        var weights = units.Select((u, i) => i < 64 && (unweighted & 1UL << i) != 0 ? 0 : Weight(u, u.Keys.Select(k => df.GetValueOrDefault(k)).DefaultIfEmpty(0).Max(), total)
            * (ownUnits > 0 && i >= ownUnits ? CarriedWeight : 1)).ToList();
        return new QueryWeights(units, weights, df, total) { OwnUnits = ownUnits };
    }

    // A loose word the store lacks ("пишет", "надпреварата") weighs like a common word, not like an unknown name.
    const double LooseWordWeight = 0.5;

    static double Weight(QueryUnit unit, long df, long total) => df == 0 && unit.IsLooseWord ? LooseWordWeight : Idf(df, total);

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
