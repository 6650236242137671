namespace Bot.Bench.Hostile;

/// <summary>The hostile questions at one question cap: how many were answered or reported, and how long the answers took.</summary>
internal sealed record HostileCapResult(int Cap, int Answered, int Reported, IReadOnlyList<double> Milliseconds, int OverGoal);

/// <summary>The same questions at the default cap and at the maximum cap.</summary>
internal sealed record HostileBenchResult(HostileCapResult AtDefault, HostileCapResult AtMaximum)
{
    public IEnumerable<KeyValuePair<string, double>> Pairs() => Pairs("hostile_default", AtDefault).Concat(Pairs("hostile_max", AtMaximum));

    static IEnumerable<KeyValuePair<string, double>> Pairs(string prefix, HostileCapResult r)
    {
        yield return new($"{prefix}_cap_chars", r.Cap);
        yield return new($"{prefix}_answered", r.Answered);
        yield return new($"{prefix}_reported", r.Reported);
        yield return new($"{prefix}_p50_ms", Math.Round(Percentiles.Of(r.Milliseconds, 50), 1));
        yield return new($"{prefix}_p99_ms", Math.Round(Percentiles.Of(r.Milliseconds, 99), 1));
        yield return new($"{prefix}_max_ms", Math.Round(r.Milliseconds.Count == 0 ? 0 : r.Milliseconds.Max(), 1));
        yield return new($"{prefix}_over_goal", r.OverGoal);
    }
}
