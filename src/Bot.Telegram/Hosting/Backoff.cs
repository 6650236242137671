namespace Bot.Telegram.Hosting;

/// <summary>Exponential back-off with jitter, capped, so a dead network costs a few requests a minute rather than a storm.</summary>
public sealed class Backoff(TimeSpan first, TimeSpan max)
{
    int _failures;

    public TimeSpan Next()
    {
        var exponent = Math.Min(_failures++, 16);
        var delay = Math.Min(max.TotalMilliseconds, first.TotalMilliseconds * Math.Pow(2, exponent));
        return TimeSpan.FromMilliseconds(delay * (0.8 + Random.Shared.NextDouble() * 0.4));
    }

    public void Reset() => _failures = 0;

    public static TimeSpan For(int attempt, TimeSpan first, TimeSpan max) =>
        TimeSpan.FromMilliseconds(Math.Min(max.TotalMilliseconds, first.TotalMilliseconds * Math.Pow(2, Math.Clamp(attempt - 1, 0, 16))));
}
