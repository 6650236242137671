using Bot.Knowledge.Storage;

namespace Bot.Knowledge.Ingestion;

/// <summary>
/// Prepared documents waiting to be saved together in one <see cref="WriteBatch"/>; their outcomes join the report in
/// the order the files came. If any of them cannot be saved, the batch is rolled back and each document is saved again
/// in a transaction of its own, so the others are kept and the one at fault fails as it would have alone.
/// </summary>
internal sealed class DocumentQueue(DocumentWriter writer, List<IngestResult> results)
{
    /// <summary>A file read and prepared, or the reason it could not be.</summary>
    public sealed record Item(string Target, PreparedDocument? Prepared, string? Failure);

    readonly List<Item> _items = [];

    public void Add(Item item)
    {
        _items.Add(item);
        if (_items.Count >= Ingestor.BatchSize) Flush();
    }

    public void Flush()
    {
        if (_items.Count == 0) return;
        try
        {
            results.AddRange(SaveTogether());
        }
        catch (Exception)
        {
            // Nothing of the batch was kept: the one-transaction-per-document path decides what is kept and what throws.
            foreach (var item in _items) results.Add(SaveAlone(item));
        }
        finally
        {
            _items.Clear();
        }
    }

    List<IngestResult> SaveTogether()
    {
        var outcomes = new List<IngestResult>(_items.Count);
        using var batch = writer.BeginBatch();
        foreach (var item in _items)
        {
            outcomes.Add(item.Prepared is { } prepared
                ? Ingestor.Saved(item.Target, prepared.Doc, batch.Save(prepared))
                : Ingestor.Failed(item.Target, item.Failure!));
        }
        batch.Commit();
        return outcomes;
    }

    IngestResult SaveAlone(Item item)
    {
        if (item.Prepared is not { } prepared) return Ingestor.Failed(item.Target, item.Failure!);
        try { return Ingestor.Saved(item.Target, prepared.Doc, writer.Save(prepared)); }
        catch (IngestionException e) { return Ingestor.Failed(item.Target, e.Message); }
    }
}
