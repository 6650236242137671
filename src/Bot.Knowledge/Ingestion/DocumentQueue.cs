using Bot.Knowledge.Extraction;
using Bot.Knowledge.Storage;
using Bot.Knowledge.Text;

namespace Bot.Knowledge.Ingestion;

/// <summary>
/// Prepared documents waiting to be saved together in one <see cref="WriteBatch"/>; their outcomes join the report in
/// the order the files came. If any of them cannot be saved, the batch is rolled back and each document is saved again
/// in a transaction of its own, so the others are kept and the one at fault fails as it would have alone.
/// A full batch goes through two steps beside the caller, while it reads and extracts the next one: its figures, which
/// depend on the text alone and so need not be read on the caller's thread (<see cref="FigureReading"/>), then its save,
/// document by document prepared (<see cref="PreparedDocument"/>: passages and their index keys) and written
/// (<see cref="OverlappedSave{T}"/>). The figures of one batch are read while the batch before it is saved: three
/// threads' work for two cores, so neither the caller nor the writer waits for work the other could have done.
/// <see cref="Flush"/> waits for both and saves the rest.
/// </summary>
internal sealed class DocumentQueue(DocumentWriter writer, List<IngestResult> results)
{
    /// <summary>A file read with what was extracted from it but its figures, or the reason it could not be.</summary>
    public sealed record Item(string Target, SourceDocument? Doc, ExtractedFacts? Facts, string? Failure);

    readonly OverlappedSave<List<IngestResult>> _saving = new();
    readonly FigureReading<Item> _figures = new(WithFigures);
    // Used by one save at a time: saves never overlap each other.
    readonly IndexTextCache _terms = new();
    List<Item> _items = [];

    public void Add(Item item)
    {
        _items.Add(item);
        if (_items.Count < Ingestor.BatchSize) return;
        var full = _figures.Start(Take());
        if (_saving.Start(() => Save(full.GetAwaiter().GetResult())) is { } saved) results.AddRange(saved);
    }

    /// <summary>Waits for the batch being saved, then saves what is left; the report then holds every outcome.</summary>
    public void Flush()
    {
        var left = Take();
        if (_saving.Wait() is { } saved) results.AddRange(saved);
        if (left.Count > 0) results.AddRange(Save([.. left.Select(WithFigures)]));
    }

    List<Item> Take()
    {
        var items = _items;
        _items = [];
        return items;
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
