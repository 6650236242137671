namespace Bot.Sources.Monitoring;

/// <summary>Wakes the monitor when a source is added or resumed at run time, so it is polled now rather than at the next due time.</summary>
public sealed class SourcesChanged : IDisposable
{
    readonly SemaphoreSlim _signal = new(0, 1);

    public void Notify()
    {
        // One pending wake-up is enough: the monitor rereads every source when it wakes.
        if (_signal.CurrentCount == 0) try { _signal.Release(); } catch (SemaphoreFullException) { }
    }

    public Task WaitAsync(CancellationToken ct) => _signal.WaitAsync(ct);

    public void Dispose() => _signal.Dispose();
}
