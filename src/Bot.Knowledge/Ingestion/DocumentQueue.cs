using Bot.Knowledge.Extraction;
using Bot.Knowledge.Storage;
using Bot.Knowledge.Text;

namespace Bot.Knowledge.Ingestion;

/// <summary>
/// Prepared documents waiting to be saved together in one <see cref="WriteBatch"/>; their outcomes join the report in
/// the order the files came. If any of them cannot be saved, the batch is rolled back and each document is saved again
/// in a transaction of its own, so the others are kept and the one at fault fails as it would have alone.
/// A full batch is prepared document by document (its figures, which depend on the text alone and so need not be read
/// on the caller's thread; <see cref="PreparedDocument"/>: passages and their index keys) and saved beside the caller
/// (<see cref="OverlappedSave{T}"/>) while it reads and extracts the next one; <see cref="Flush"/> waits for that save
/// and saves the rest.
/// </summary>
internal sealed class DocumentQueue(DocumentWriter writer, List<IngestResult> results)
{
    /// <summary>A file read with what was extracted from it but its figures, or the reason it could not be.</summary>
    public sealed record Item(string Target, SourceDocument? Doc, ExtractedFacts? Facts, string? Failure);

    readonly OverlappedSave<List<IngestResult>> _saving = new();
    // Used by one save at a time: saves never overlap each other.
    readonly IndexTextCache _terms = new();
    List<Item> _items = [];

    public void Add(Item item)
    {
        _items.Add(item);
        if (_items.Count < Ingestor.BatchSize) return;
        var full = Take();
        if (_saving.Start(() => Save(full)) is { } saved) results.AddRange(saved);
    }

    /// <summary>Waits for the batch being saved, then saves what is left; the report then holds every outcome.</summary>
    public void Flush()
    {
        var left = Take();
        if (_saving.Wait() is { } saved) results.AddRange(saved);
        if (left.Count > 0) results.AddRange(Save(left));
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

    /// <summary>The figures (which extraction left to this thread), then passages and their index keys.</summary>
    PreparedDocument Prepared(SourceDocument doc, ExtractedFacts facts) =>
        PreparedDocument.Of(doc, facts with { Figures = DocumentExtractor.Figures(doc, facts) }, null, _terms);
}
