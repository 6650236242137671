using Bot.Knowledge.Entities;
using Bot.Knowledge.Extraction;
using Bot.Knowledge.Ingestion;
using Bot.Knowledge.Storage;
using Bot.Knowledge.Text;

namespace Bot.Bench;

/// <summary>
/// Ingests generated articles through the same steps as `ingest` on a folder of Markdown files — read, canonical URL,
/// extract, prepare (content hash, passages, index keys), save in batches of <see cref="Ingestor.BatchSize"/> —
/// minus the disk read (the text is in memory), timing each step. Save time includes each batch's commit.
/// Generation time is kept out of docs/s.
/// </summary>
internal sealed class IngestStage(EntityCatalog entities, DocumentWriter writer)
{
    public IngestTimings Run(IEnumerable<(string Uri, string Markdown)> documents, Action<int> progress, CancellationToken ct)
    {
        var meter = new StepMeter();
        var collections = new[] { GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2) };
        meter.Start();
        var extractor = new DocumentExtractor(entities.Index());
        var terms = new IndexTextCache();
        meter.Mark("setup");
        int count = 0, agreements = 0, figures = 0;
        using var source = documents.GetEnumerator();
        WriteBatch? batch = null;
        try
        {
            while (true)
            {
                ct.ThrowIfCancellationRequested();
                var more = source.MoveNext();
                meter.Mark("generate");
                if (!more) break;
                var doc = MarkdownReader.Read(source.Current.Uri, source.Current.Markdown);
                if (doc.Url is not null && Uri.TryCreate(doc.Url, UriKind.Absolute, out var url)) doc = doc with { Uri = UrlCanonicalizer.Canonical(url) };
                meter.Mark("parse");
                var facts = extractor.Extract(doc, ct);
                meter.Mark("extract");
                var prepared = PreparedDocument.Of(doc, facts, null, terms);
                meter.Mark("prepare");
                batch ??= writer.BeginBatch();
                var outcome = batch.Save(prepared);
                if (batch.Count >= Ingestor.BatchSize) Commit(ref batch);
                meter.Mark("save");
                agreements += outcome.Agreements;
                figures += outcome.Figures;
                if (++count % 1000 == 0) progress(count);
                meter.Mark("generate");
            }
            if (batch is not null) Commit(ref batch);
            meter.Mark("save");
        }
        finally
        {
            batch?.Dispose();
        }
        var gcs = collections.Select((n, g) => GC.CollectionCount(g) - n).ToArray();
        return new IngestTimings(count, meter["generate"], meter["setup"], meter["parse"], meter["extract"], meter["prepare"], meter["save"], agreements, figures, gcs);
    }

    static void Commit(ref WriteBatch? batch)
    {
        batch!.Commit();
        batch.Dispose();
        batch = null;
    }
}
