namespace Bot.TelegramSimulator.Faults;

/// <summary>Moments of accepted sends within the last window, to tell how long until one more is allowed.</summary>
internal sealed class SlidingWindow
{
    private readonly Queue<DateTimeOffset> _moments = new();

    /// <summary>Seconds to wait (at least 1, as Telegram never says 0) or null when a send fits now.</summary>
    public int? RetryAfter(DateTimeOffset now, int limit, TimeSpan window)
    {
        while (_moments.Count > 0 && _moments.Peek() <= now - window)
        {
            _moments.Dequeue();
        }

        if (_moments.Count < limit)
        {
            return null;
        }

        var wait = _moments.Peek() + window - now;
        return Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds));
    }

    public void Add(DateTimeOffset now) => _moments.Enqueue(now);
}
