using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace Bot.Telegram.Limits;

/// <summary>
/// At most Telegram:QuestionsPerMinute questions per user in any minute (a sliding window of six 10-second segments),
/// by System.Threading.RateLimiting: a user's window is dropped once it has been full again for a while, so the
/// memory kept is for the users active now, not for everyone who ever wrote. In memory: a restart resetting it is harmless.
/// </summary>
public sealed class FloodLimiter : IDisposable
{
    readonly PartitionedRateLimiter<long> _limiter;

    public FloodLimiter(IOptions<TelegramOptions> options) : this(options.Value.QuestionsPerMinute, TimeSpan.FromMinutes(1)) { }

    internal FloodLimiter(int permits, TimeSpan window) =>
        _limiter = PartitionedRateLimiter.Create<long, long>(user => RateLimitPartition.GetSlidingWindowLimiter(user, _ => new SlidingWindowRateLimiterOptions
        {
            PermitLimit = permits,
            Window = window,
            SegmentsPerWindow = 6,
            QueueLimit = 0,
            // The partitioned limiter's own timer replenishes every user's window: no timer per user.
            AutoReplenishment = false,
        }));

    /// <returns>False when the user has asked their quota within the window.</returns>
    public bool TryAcquire(long userId)
    {
        using var lease = _limiter.AttemptAcquire(userId);
        return lease.IsAcquired;
    }

    public void Dispose() => _limiter.Dispose();
}
