namespace Bot.Knowledge.Scheduling;

/// <summary>
/// When a retry that is written down (an alert's next attempt in the outbox, a source's next poll) is due: the first
/// delay, doubled after each further failure, never above <c>max</c> nor below the first. Retries made while the
/// program waits (a Bot API call) are Polly's; this is the one rule for retries that outlive a restart.
/// </summary>
public static class RetrySchedule
{
    /// <param name="failures">Failures in a row so far (1 for the first).</param>
    public static TimeSpan After(int failures, TimeSpan first, TimeSpan max)
    {
        var factor = Math.Pow(2, Math.Clamp(failures - 1, 0, 30));
        var delay = TimeSpan.FromSeconds(Math.Min(first.TotalSeconds * factor, max.TotalSeconds));
        return delay < first ? first : delay;
    }
}
