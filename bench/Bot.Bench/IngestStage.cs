using System.Diagnostics;
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
        var extractor = new DocumentExtractor(entities.Index());
        var terms = new IndexTextCache();
        long generate = 0, parse = 0, extract = 0, prepare = 0, save = 0;
        int count = 0, agreements = 0, figures = 0;
        using var source = documents.GetEnumerator();
        WriteBatch? batch = null;
        try
        {
            while (true)
            {
                ct.ThrowIfCancellationRequested();
                var t0 = Stopwatch.GetTimestamp();
                if (!source.MoveNext()) break;
                var t1 = Stopwatch.GetTimestamp();
                var doc = MarkdownReader.Read(source.Current.Uri, source.Current.Markdown);
                if (doc.Url is not null && Uri.TryCreate(doc.Url, UriKind.Absolute, out var url)) doc = doc with { Uri = UrlCanonicalizer.Canonical(url) };
                var t2 = Stopwatch.GetTimestamp();
                var facts = extractor.Extract(doc, ct);
                var t3 = Stopwatch.GetTimestamp();
                var prepared = PreparedDocument.Of(doc, facts, null, terms);
                var t4 = Stopwatch.GetTimestamp();
                batch ??= writer.BeginBatch();
                var outcome = batch.Save(prepared);
                if (batch.Count >= Ingestor.BatchSize) Commit(ref batch);
                var t5 = Stopwatch.GetTimestamp();
                generate += t1 - t0; parse += t2 - t1; extract += t3 - t2; prepare += t4 - t3; save += t5 - t4;
                agreements += outcome.Agreements;
                figures += outcome.Figures;
                if (++count % 1000 == 0) progress(count);
            }
            var last = Stopwatch.GetTimestamp();
            if (batch is not null) Commit(ref batch);
            save += Stopwatch.GetTimestamp() - last;
        }
        finally
        {
            batch?.Dispose();
        }
        return new IngestTimings(count, Seconds(generate), Seconds(parse), Seconds(extract), Seconds(prepare), Seconds(save), agreements, figures);
    }

    static void Commit(ref WriteBatch? batch)
    {
        batch!.Commit();
        batch.Dispose();
        batch = null;
    }

    static double Seconds(long ticks) => (double)ticks / Stopwatch.Frequency;
}
