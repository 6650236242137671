using Bot.Knowledge.Extraction;
using Bot.Knowledge.Storage;

namespace Bot.Knowledge.Ingestion;

/// <summary>
/// Extracted documents on their way to the store; their outcomes join the report in the order the files came.
/// Documents go through two steps beside the caller, while it reads and extracts the next ones, a few documents at a time
/// (<see cref="FigureChunk"/>): their figures, which depend on the text alone and so need not be read on the caller's
/// thread (<see cref="FigureReading{T}"/>), then their save (<see cref="OrderedSave{TIn, TOut}"/>), each document
/// prepared (<see cref="PreparedDocument"/>) and written into the transaction open on the writer, which is committed
/// every <see cref="Ingestor.BatchSize"/> documents. A document that cannot be saved is undone alone (a savepoint, see
/// <see cref="WriteBatch"/>) and reported failed; the others are kept. <see cref="Flush"/> waits for both steps and
/// commits the rest.
/// </summary>
/// <remarks>
/// Each document is written as soon as its figures are read, not once a batch of them is gathered: held for a batch (and
/// for a second, one-by-one pass if one of them failed), documents lived long enough to be promoted to the GC's oldest
/// generation and die there, which made the GC run full collections again and again. Figures are read a few documents
/// at a time for the same reason: a document waiting for its figures holds the layout extraction made of it.
/// </remarks>
internal sealed class DocumentQueue
{
    /// <summary>A file read with what was extracted from it but its figures, or the reason it could not be.</summary>
    public sealed record Item(string Target, SourceDocument? Doc, ExtractedFacts? Facts, string? Failure)
    {
        /// <summary>The words of the paragraphs as read ahead, for the search index's keys (see <see cref="Extraction.Reading.DocumentWords.Passages"/>).</summary>
        public IReadOnlyList<Extraction.Vocabulary.TokenList>?[]? Passages { get; init; }
    }

    /// <summary>Documents whose figures are read, and which are saved, together: few enough that they die young.</summary>
    internal const int FigureChunk = 8;

    /// <summary>
    /// Chunks the caller may send before it waits for the oldest to be saved: enough to go on reading while a batch
    /// commits (its search index is written then), few enough that the documents waiting are not kept long.
    /// </summary>
    internal const int ChunksInFlight = 16;

    readonly DocumentWriter _writer;
    readonly List<IngestResult> _results;
    readonly FigureReading<Item> _figures = new(WithFigures);
    readonly OrderedSave<List<Item>, List<IngestResult>> _saving;
    readonly List<List<IngestResult>> _saved = [];
    // Used by one save at a time, then by Flush once every save has ended.
    readonly PendingIndex _index = new();
    WriteBatch? _batch;
    List<Item> _items = [];

    public DocumentQueue(DocumentWriter writer, List<IngestResult> results)
    {
        (_writer, _results) = (writer, results);
        _saving = new(Save, ChunksInFlight);
    }

    public void Add(Item item)
    {
        _items.Add(item);
        if (_items.Count < FigureChunk) return;
        Send();
    }

    /// <summary>Waits for the documents under way, commits the last batch; the report then holds every outcome.</summary>
    public void Flush()
    {
        try
        {
            if (_items.Count > 0) Send();
        }
        finally
        {
            try
            {
                _saving.Finish(_saved);
            }
            finally
            {
                // Every save has ended: what was saved before a failure, if one ended the run, is kept.
                EndBatch(commit: true);
                Report();
            }
        }
    }

    void Send()
    {
        var chunk = _items;
        _items = new List<Item>(FigureChunk);
        try { _saving.Start(_figures.Start(chunk), _saved); }
        finally { Report(); }
    }

    void Report()
    {
        foreach (var outcomes in _saved) _results.AddRange(outcomes);
        _saved.Clear();
    }

    /// <summary>Saves a chunk's documents into the open batch, committing it whenever it is full; runs on the thread pool, one chunk at a time.</summary>
    List<IngestResult> Save(List<Item> items)
    {
        var outcomes = new List<IngestResult>(items.Count);
        foreach (var item in items)
        {
            if (item.Doc is not { } doc)
            {
                outcomes.Add(Ingestor.Failed(item.Target, item.Failure!));
                continue;
            }
            var batch = _batch ??= _writer.BeginBatch(_index);
            try
            {
                outcomes.Add(Ingestor.Saved(item.Target, doc, batch.Save(PreparedDocument.Of(doc, item.Facts!, passageWords: item.Passages))));
            }
            catch (Exception e) when (e is IngestionException or SQLite.SQLiteException && batch.IsOpen)
            {
                // Undone alone (a constraint of the store it broke, say): the batch goes on. An error SQLite could not
                // undo alone (a full disk) ended the transaction, and ends the run.
                outcomes.Add(Ingestor.Failed(item.Target, e.Message));
            }
            if (batch.Count >= Ingestor.BatchSize) EndBatch(commit: true);
        }
        return outcomes;
    }

    void EndBatch(bool commit)
    {
        var batch = _batch;
        _batch = null;
        if (batch is null) return;
        using (batch)
            if (commit && batch.IsOpen && batch.Count > 0) batch.Commit();
    }

    /// <summary>An item with the figures extraction left to the queue; the layout they were read from is let go.</summary>
    static Item WithFigures(Item item) =>
        item is { Doc: { } doc, Facts: { } facts } ? item with { Facts = facts with { Figures = DocumentExtractor.Figures(doc, facts), Layout = null } } : item;
}
