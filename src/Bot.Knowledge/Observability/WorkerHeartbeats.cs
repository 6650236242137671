using System.Collections.Concurrent;

namespace Bot.Knowledge.Observability;

/// <summary>When a worker last made progress, and by when it promised to make more.</summary>
public sealed record Heartbeat(DateTimeOffset Last, DateTimeOffset Due);

/// <summary>
/// The background workers' progress, for the readiness check: each loop says "I went round, and I will again within
/// this long". A worker that is alive but stuck (a hung call, a dead loop) stops beating and its promise expires.
/// Here rather than in the host because the workers live in the Telegram and Sources projects, which both build on
/// this one.
/// </summary>
public sealed class WorkerHeartbeats(TimeProvider clock)
{
    readonly ConcurrentDictionary<string, Heartbeat> _beats = new(StringComparer.Ordinal);

    /// <param name="worker">The worker's class name, as the health report names it.</param>
    /// <param name="nextWithin">The longest the worker means to wait before its next beat (its idle sleep).</param>
    public void Beat(string worker, TimeSpan nextWithin)
    {
        var now = clock.GetUtcNow();
        _beats[worker] = new Heartbeat(now, nextWithin >= DateTimeOffset.MaxValue - now ? DateTimeOffset.MaxValue : now + nextWithin);
    }

    public Heartbeat? Of(string worker) => _beats.TryGetValue(worker, out var beat) ? beat : null;
}
