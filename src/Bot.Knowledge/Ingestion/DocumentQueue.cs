using Bot.Knowledge.Extraction;
using Bot.Knowledge.Storage;
using Bot.Knowledge.Text;

namespace Bot.Knowledge.Ingestion;

/// <summary>
/// Prepared documents waiting to be saved together in one <see cref="WriteBatch"/>; their outcomes join the report in
/// the order the files came. If any of them cannot be saved, the batch is rolled back and each document is saved again
/// in a transaction of its own, so the others are kept and the one at fault fails as it would have alone.
/// A full batch is prepared (<see cref="PreparedDocument"/>: passages and their index keys) and saved beside the caller
/// (<see cref="OverlappedSave{T}"/>) while it reads and extracts the next one; <see cref="Flush"/> waits for that save
/// and saves the rest.
/// </summary>
internal sealed class DocumentQueue(DocumentWriter writer, List<IngestResult> results)
{
    /// <summary>A file read with what was extracted from it, or the reason it could not be.</summary>
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
        var prepared = items.Select(i => i.Doc is { } doc ? PreparedDocument.Of(doc, i.Facts!, null, _terms) : null).ToList();
        try
        {
            return SaveTogether(items, prepared);
        }
        catch (Exception)
        {
            // Nothing of the batch was kept: the one-transaction-per-document path decides what is kept and what throws.
            return [.. items.Select((item, i) => SaveAlone(item, prepared[i]))];
        }
    }

    List<IngestResult> SaveTogether(List<Item> items, List<PreparedDocument?> prepared)
    {
        var outcomes = new List<IngestResult>(items.Count);
        using var batch = writer.BeginBatch();
        for (var i = 0; i < items.Count; i++)
        {
            outcomes.Add(prepared[i] is { } document
                ? Ingestor.Saved(items[i].Target, document.Doc, batch.Save(document))
                : Ingestor.Failed(items[i].Target, items[i].Failure!));
        }
        batch.Commit();
        return outcomes;
    }

    IngestResult SaveAlone(Item item, PreparedDocument? prepared)
    {
        if (prepared is null) return Ingestor.Failed(item.Target, item.Failure!);
        try { return Ingestor.Saved(item.Target, prepared.Doc, writer.Save(prepared)); }
        catch (IngestionException e) { return Ingestor.Failed(item.Target, e.Message); }
    }
}
