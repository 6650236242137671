namespace Bot.Telegram.Alerts;

/// <summary>Wakes the delivery worker as soon as this process queues alerts; alerts queued by another process are found by polling.</summary>
public sealed class AlertSignal : IDisposable
{
    readonly SemaphoreSlim _pulse = new(0, 1);

    public void Notify()
    {
        try { _pulse.Release(); }
        catch (SemaphoreFullException) { /* already signalled */ }
    }

    public void Dispose() => _pulse.Dispose();

    public Task<bool> WaitAsync(TimeSpan timeout, CancellationToken ct) => _pulse.WaitAsync(timeout, ct);
}
