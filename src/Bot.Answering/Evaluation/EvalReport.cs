namespace Bot.Answering.Evaluation;

/// <summary>Every result of a run, with the totals by kind and by language that the verb prints.</summary>
public sealed record EvalReport(IReadOnlyList<EvalResult> Results)
{
    public int Passed => Results.Count(r => r.Passed);

    public int Total => Results.Count;

    public double Rate => Total == 0 ? 0 : (double)Passed / Total;

    public IReadOnlyList<EvalTally> ByKind => EvalTally.By(Results, r => r.Item.Kind);

    public IReadOnlyList<EvalTally> ByLang => EvalTally.By(Results, r => r.Item.Lang ?? "-");

    public IEnumerable<EvalResult> Failures => Results.Where(r => !r.Passed);

    public int WrongLanguage => Results.Count(r => r.WrongLanguage);

    /// <summary>Questions whose answering threw: a bug, whatever the score.</summary>
    public IReadOnlyList<EvalResult> Errors => [.. Results.Where(r => r.Error is not null)];

    /// <summary>The elapsed time below which <paramref name="percentile"/> of the answers came (nearest rank).</summary>
    public double ElapsedPercentile(double percentile)
    {
        if (Total == 0) return 0;
        var sorted = Results.Select(r => r.ElapsedMs).Order().ToList();
        var rank = (int)Math.Ceiling(percentile / 100 * sorted.Count);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Count - 1)];
    }
}
