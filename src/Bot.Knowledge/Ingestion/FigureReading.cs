namespace Bot.Knowledge.Ingestion;

/// <summary>
/// Reads the figures of one batch after another on the thread pool, in the order the batches came: a batch's figures
/// are read while the batch before it is saved and the caller extracts the next.
/// </summary>
/// <remarks>
/// Each batch waits for the one before it, so one batch's figures are read at a time (whoever reads them may keep
/// state across a batch) and at most two batches wait here. The task of a batch whose figures threw throws to the one
/// who waits for it: the save that needs them.
/// </remarks>
internal sealed class FigureReading<T>(Func<T, T> read)
{
    Task _last = Task.CompletedTask;

    /// <summary>Starts reading the figures of <paramref name="batch"/> once those of the batch before are read.</summary>
    public Task<List<T>> Start(List<T> batch)
    {
        var next = _last.ContinueWith(_ => batch.ConvertAll(item => read(item)), CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default);
        _last = next;
        return next;
    }
}
