namespace Bot.Knowledge.Ingestion;

/// <summary>
/// Saves one batch beside the caller: while a batch is written (SQLite and its full-text index, one core's work), the
/// caller reads and extracts the next on another core. One save runs at a time and the next starts only after it ended,
/// so batches are written in the order they came, by one writer, and at most two batches are held in memory.
/// </summary>
/// <remarks>
/// A save is never cancelled: what was read is saved, as when each batch was saved on the caller's thread. Whoever
/// starts a save must <see cref="Wait"/> for it before returning (a <c>finally</c>), so no write outlives its run.
/// </remarks>
internal sealed class OverlappedSave<T> where T : class
{
    Task<T>? _running;

    /// <summary>Waits for the save under way, then starts <paramref name="save"/> on the thread pool.</summary>
    /// <returns>What the save that was under way returned, or null if none was.</returns>
    public T? Start(Func<T> save)
    {
        var previous = Wait();
        _running = Task.Run(save);
        return previous;
    }

    /// <summary>Waits for the save under way and returns its result (null if none was); a save that threw throws here.</summary>
    public T? Wait()
    {
        var running = _running;
        _running = null;
        return running?.GetAwaiter().GetResult();
    }
}
