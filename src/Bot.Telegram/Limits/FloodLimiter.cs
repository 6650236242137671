using System.Collections.Concurrent;

namespace Bot.Telegram.Limits;

/// <summary>At most N questions per user in any sliding minute; in memory, since a restart resetting it is harmless.</summary>
public sealed class FloodLimiter(TimeProvider clock)
{
    readonly ConcurrentDictionary<long, Queue<DateTimeOffset>> _recent = new();

    public bool TryAcquire(long userId, int perMinute)
    {
        var now = clock.GetUtcNow();
        var queue = _recent.GetOrAdd(userId, _ => new Queue<DateTimeOffset>());
        lock (queue)
        {
            while (queue.Count > 0 && now - queue.Peek() >= TimeSpan.FromMinutes(1)) queue.Dequeue();
            if (queue.Count >= perMinute) return false;
            queue.Enqueue(now);
            return true;
        }
    }
}
