namespace Bot.Telegram.Alerts;

/// <summary>What the delivery worker has done since start, for /health and the benchmark.</summary>
public sealed class DeliveryStats
{
    long _sent, _rateLimited, _failed, _retried;

    public long Sent => Interlocked.Read(ref _sent);
    public long RateLimited => Interlocked.Read(ref _rateLimited);
    public long Failed => Interlocked.Read(ref _failed);
    public long Retried => Interlocked.Read(ref _retried);

    internal void OnSent() => Interlocked.Increment(ref _sent);
    internal void OnRateLimited() => Interlocked.Increment(ref _rateLimited);
    internal void OnFailed() => Interlocked.Increment(ref _failed);
    internal void OnRetried() => Interlocked.Increment(ref _retried);
}
