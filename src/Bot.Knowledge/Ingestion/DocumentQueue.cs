using Bot.Knowledge.Extraction;
using Bot.Knowledge.Storage;
using Bot.Knowledge.Text;

namespace Bot.Knowledge.Ingestion;

/// <summary>
/// Prepared documents waiting to be saved together in one <see cref="WriteBatch"/>; their outcomes join the report in
/// the order the files came. If any of them cannot be saved, the batch is rolled back and each document is saved again
/// in a transaction of its own, so the others are kept and the one at fault fails as it would have alone.
/// Documents go through two steps beside the caller, while it reads and extracts the next ones: their figures, which
/// depend on the text alone and so need not be read on the caller's thread (<see cref="FigureReading{T}"/>), a few
/// documents at a time as they come (<see cref="FigureChunk"/>), then a full batch's save, document by document prepared
/// (<see cref="PreparedDocument"/>: passages and their index keys) and written (<see cref="OverlappedSave{T}"/>). Figures
/// are read while the batch before is saved: three threads' work for two cores, so neither the caller nor the writer waits
/// for work the other could have done. <see cref="Flush"/> waits for both and saves the rest.
/// </summary>
/// <remarks>
/// Figures are read a few documents at a time, not a batch at a time, because a document waiting for its figures holds
/// the layout extraction made of it (every sentence's text again): held for a whole batch, the layouts lived long enough
/// to be promoted to the GC's oldest generation and die there, which made the GC run full collections again and again.
/// </remarks>
internal sealed class DocumentQueue(DocumentWriter writer, List<IngestResult> results)
{
    /// <summary>A file read with what was extracted from it but its figures, or the reason it could not be.</summary>
    public sealed record Item(string Target, SourceDocument? Doc, ExtractedFacts? Facts, string? Failure);

    /// <summary>Documents whose figures are read together: few enough that their layouts die young.</summary>
    internal const int FigureChunk = 8;

    readonly OverlappedSave<List<IngestResult>> _saving = new();
    readonly FigureReading<Item> _figures = new(WithFigures);
    // Used by one save at a time: saves never overlap each other.
    readonly IndexTextCache _terms = new();
    // The batch being gathered: its documents whose figures are being read, a chunk at a time, and those not yet sent.
    List<Task<List<Item>>> _chunks = [];
    List<Item> _items = [];
    int _count;

    public void Add(Item item)
    {
        _items.Add(item);
        if (_items.Count >= FigureChunk) _chunks.Add(_figures.Start(Take()));
        if (++_count < Ingestor.BatchSize) return;
        var full = TakeBatch();
        if (_saving.Start(() => Save(FigureReading<Item>.Gathered(full))) is { } saved) results.AddRange(saved);
    }

    /// <summary>Waits for the batch being saved, then saves what is left; the report then holds every outcome.</summary>
    public void Flush()
    {
        var left = TakeBatch();
        if (_saving.Wait() is { } saved) results.AddRange(saved);
        var items = FigureReading<Item>.Gathered(left);
        if (items.Count > 0) results.AddRange(Save(items));
    }

    List<Item> Take()
    {
        var items = _items;
        _items = [];
        return items;
    }

    /// <summary>The batch gathered so far, its last documents' figures sent to be read too.</summary>
    List<Task<List<Item>>> TakeBatch()
    {
        if (_items.Count > 0) _chunks.Add(_figures.Start(Take()));
        var chunks = _chunks;
        (_chunks, _count) = ([], 0);
        return chunks;
    }

    List<IngestResult> Save(List<Item> items)
    {
        try
        {
            return SaveTogether(items);
        }
        catch (Exception)
        {
            // Nothing of the batch was kept: the one-transaction-per-document path decides what is kept and what throws.
            return [.. items.Select(SaveAlone)];
        }
    }

    /// <remarks>
    /// Each document is prepared just before it is saved, not the whole batch first: its passages' index keys are
    /// garbage as soon as they are written, instead of living (and being promoted by the GC) as long as the batch.
    /// </remarks>
    List<IngestResult> SaveTogether(List<Item> items)
    {
        var outcomes = new List<IngestResult>(items.Count);
        using var batch = writer.BeginBatch();
        foreach (var item in items)
        {
            outcomes.Add(item.Doc is { } doc
                ? Ingestor.Saved(item.Target, doc, batch.Save(Prepared(doc, item.Facts!)))
                : Ingestor.Failed(item.Target, item.Failure!));
        }
        batch.Commit();
        return outcomes;
    }

    IngestResult SaveAlone(Item item)
    {
        if (item.Doc is not { } doc) return Ingestor.Failed(item.Target, item.Failure!);
        try { return Ingestor.Saved(item.Target, doc, writer.Save(Prepared(doc, item.Facts!))); }
        catch (IngestionException e) { return Ingestor.Failed(item.Target, e.Message); }
    }

    /// <summary>An item with the figures extraction left to the queue; the layout they were read from is let go.</summary>
    static Item WithFigures(Item item) =>
        item is { Doc: { } doc, Facts: { } facts } ? item with { Facts = facts with { Figures = DocumentExtractor.Figures(doc, facts), Layout = null } } : item;

    /// <summary>Passages and their index keys.</summary>
    PreparedDocument Prepared(SourceDocument doc, ExtractedFacts facts) => PreparedDocument.Of(doc, facts, null, _terms);
}
