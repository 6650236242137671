namespace Bot.Sources.State;

/// <summary>
/// When a source is due again: one interval after a success; after the n-th failure in a row, the interval times 2ⁿ,
/// capped at Sources:MaxBackoff. One attempt per due time and no quick retries, so a dead site sees a few requests a
/// day rather than a storm.
/// </summary>
public static class Backoff
{
    public static TimeSpan Delay(TimeSpan interval, int consecutiveFailures, TimeSpan max)
    {
        if (consecutiveFailures <= 0) return interval;
        var factor = Math.Pow(2, Math.Min(consecutiveFailures, 30));
        var delay = interval.TotalSeconds * factor;
        return delay >= max.TotalSeconds ? (max > interval ? max : interval) : TimeSpan.FromSeconds(delay);
    }
}
