using System.Collections.Concurrent;

namespace Bot.Knowledge.Ingestion;

/// <summary>
/// Reads what comes next on a thread of its own, one piece after another in the order they came, while the caller
/// extracts what came before: reading a file, parsing it, laying it out and splitting it into words depend on its text
/// alone, so they need not take their turn on the thread that learns names document by document (the one step of
/// ingestion that must run in order).
/// </summary>
/// <remarks>
/// One thread for the run, not the thread pool: what a thread keeps of the words it read (<see cref="Extraction.Vocabulary.TokenList"/>)
/// stays with that one thread and goes when the run ends. A piece whose reading threw throws to the one who waits for it,
/// where reading it on the caller's thread would have thrown. Whoever starts pieces ends with <see cref="Finish"/>
/// (a <c>finally</c>), so no read outlives the run.
/// </remarks>
internal sealed class ReadAhead<T>
{
    /// <summary>How many pieces are read ahead of the one being extracted: enough that the caller never waits for one.</summary>
    public const int Depth = 4;

    readonly BlockingCollection<(Func<T> Read, TaskCompletionSource<T> Done)> _pieces = [];
    Thread? _thread;

    /// <summary>Queues a piece to be read once the ones before it are.</summary>
    public Task<T> Start(Func<T> read)
    {
        if (_thread is null)
        {
            _thread = new Thread(ReadAll) { IsBackground = true, Name = "Ingestion read-ahead" };
            _thread.Start();
        }
        var done = new TaskCompletionSource<T>(TaskCreationOptions.RunContinuationsAsynchronously);
        _pieces.Add((read, done));
        return done.Task;
    }

    void ReadAll()
    {
        foreach (var (read, done) in _pieces.GetConsumingEnumerable())
        {
            try { done.SetResult(read()); }
            catch (Exception e) { done.SetException(e); }
        }
    }

    /// <summary>Waits until every piece queued is read, and lets the thread go (what a piece threw is its waiter's: not thrown here).</summary>
    public void Finish()
    {
        _pieces.CompleteAdding();
        _thread?.Join();
        _pieces.Dispose();
    }
}
