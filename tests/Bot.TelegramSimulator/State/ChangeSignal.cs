namespace Bot.TelegramSimulator.State;

/// <summary>
/// Wakes every waiter when something changed, so waiters block instead of spinning. Take <see cref="Current"/> before
/// looking at the state it guards, or a change between the look and the wait is missed.
/// </summary>
internal sealed class ChangeSignal
{
    private TaskCompletionSource _next = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Task Current => Volatile.Read(ref _next).Task;

    public void Pulse() =>
        Interlocked.Exchange(ref _next, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();

    /// <summary>
    /// Waits for a pulse or until <paramref name="limit"/> passes (<see cref="Timeout.InfiniteTimeSpan"/>: no limit);
    /// false when the time ran out.
    /// </summary>
    public static async Task<bool> WaitAsync(Task pulse, TimeSpan limit, CancellationToken cancellationToken)
    {
        if (limit <= TimeSpan.Zero && limit != Timeout.InfiniteTimeSpan)
        {
            return false;
        }

        try
        {
            await pulse.WaitAsync(limit, cancellationToken);
            return true;
        }
        catch (TimeoutException)
        {
            return false;
        }
    }
}
