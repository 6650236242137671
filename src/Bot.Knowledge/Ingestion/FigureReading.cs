namespace Bot.Knowledge.Ingestion;

/// <summary>
/// Reads the figures of one chunk of documents after another on the thread pool, in the order the chunks came: a
/// chunk's figures are read while the batch before it is saved and the caller extracts the next documents.
/// </summary>
/// <remarks>
/// Each chunk waits for the one before it, so one chunk's figures are read at a time (whoever reads them may keep
/// state across chunks). The task of a chunk whose figures threw throws to the one who waits for it: the save that
/// needs them.
/// </remarks>
internal sealed class FigureReading<T>
{
    readonly Func<List<T>, List<T>> _readChunk;
    Task _last = Task.CompletedTask;

    /// <param name="read">Reads one item's figures.</param>
    public FigureReading(Func<T, T> read) => _readChunk = chunk => chunk.ConvertAll(item => read(item));

    /// <param name="readChunk">Reads a whole chunk's figures at once (the bench times a chunk, not each document).</param>
    public FigureReading(Func<List<T>, List<T>> readChunk) => _readChunk = readChunk;

    /// <summary>Starts reading the figures of <paramref name="chunk"/> once those of the chunk before are read.</summary>
    public Task<List<T>> Start(List<T> chunk)
    {
        var next = _last.ContinueWith(_ => _readChunk(chunk), CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default);
        _last = next;
        return next;
    }

    /// <summary>The documents of a batch's chunks with their figures, in order, once every chunk is read.</summary>
    public static List<T> Gathered(List<Task<List<T>>> chunks)
    {
        var all = new List<T>();
        foreach (var chunk in chunks) all.AddRange(chunk.GetAwaiter().GetResult());
        return all;
    }
}
