namespace Bot.Knowledge.Ingestion;

/// <summary>
/// Saves one piece after another on the thread pool, beside the caller: each once what it needs is ready (its figures,
/// read on another thread) and the save before it has ended, so pieces are written in the order they came, by one writer
/// at a time. The caller goes on reading the next pieces and waits only when more than <paramref name="inFlight"/> are
/// still to be saved, which bounds what is held in memory.
/// </summary>
/// <remarks>
/// A save is never cancelled: what was read is saved. A save that threw stops the ones after it (they throw the same),
/// and the caller gets the exception from <see cref="Start"/> or <see cref="Finish"/>; whoever starts saves must
/// <see cref="Finish"/> (a <c>finally</c>), so no write outlives its run.
/// </remarks>
internal sealed class OrderedSave<TIn, TOut>(Func<TIn, TOut> save, int inFlight)
{
    readonly Queue<Task<TOut>> _pending = new();
    Task _last = Task.CompletedTask;

    /// <summary>Queues the save of <paramref name="input"/>; adds to <paramref name="saved"/> what the saves that have ended returned, in order.</summary>
    public void Start(Task<TIn> input, List<TOut> saved)
    {
        var next = SaveAfter(_last, input, save);
        _last = next;
        _pending.Enqueue(next);
        while (_pending.Count > inFlight || _pending.TryPeek(out var oldest) && oldest.IsCompleted) saved.Add(_pending.Dequeue().GetAwaiter().GetResult());
    }

    /// <remarks>
    /// An async method, not a continuation of both tasks: a continuation keeps its delegate as its state, and with it the
    /// save before it, which kept the one before — every piece of the run, held until the run ended.
    /// </remarks>
    static async Task<TOut> SaveAfter(Task previous, Task<TIn> input, Func<TIn, TOut> save)
    {
        await previous.ConfigureAwait(false);
        var value = await input.ConfigureAwait(false);
        // Off the thread that read the figures: it goes on with the next chunk's.
        await Task.Yield();
        return save(value);
    }

    /// <summary>Waits for every save queued and adds what they returned to <paramref name="saved"/>; then throws what the first failed save threw, if any.</summary>
    public void Finish(List<TOut> saved)
    {
        Exception? failure = null;
        while (_pending.TryDequeue(out var next))
        {
            try { saved.Add(next.GetAwaiter().GetResult()); }
            catch (Exception e) { failure ??= e; }
        }
        if (failure is not null) System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(failure);
    }
}
