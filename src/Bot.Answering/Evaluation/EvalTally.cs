namespace Bot.Answering.Evaluation;

/// <summary>Passed out of asked, for one kind, one language or the whole file.</summary>
public sealed record EvalTally(string Name, int Passed, int Total)
{
    public double Rate => Total == 0 ? 0 : (double)Passed / Total;

    public static IReadOnlyList<EvalTally> By(IEnumerable<EvalResult> results, Func<EvalResult, string> key) =>
        results.GroupBy(key, StringComparer.Ordinal)
            .Select(g => new EvalTally(g.Key, g.Count(r => r.Passed), g.Count()))
            .ToList();
}
