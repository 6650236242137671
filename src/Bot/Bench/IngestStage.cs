using System.Diagnostics;
using Bot.Knowledge;
using Bot.Knowledge.Extraction;
using Bot.Knowledge.Ingestion;

namespace Bot.Bench;

/// <summary>
/// Ingests generated articles through the same steps as `ingest` on a Markdown file — read, canonical URL, extract,
/// save — minus the disk read (the text is in memory), timing each step. Generation time is kept out of docs/s.
/// </summary>
internal sealed class IngestStage(KnowledgeStore store)
{
    public IngestTimings Run(IEnumerable<(string Uri, string Markdown)> documents, Action<int> progress, CancellationToken ct)
    {
        var extractor = new DocumentExtractor(store.Entities.Index());
        long generate = 0, parse = 0, extract = 0, save = 0;
        int count = 0, agreements = 0, figures = 0;
        using var source = documents.GetEnumerator();
        while (true)
        {
            ct.ThrowIfCancellationRequested();
            var t0 = Stopwatch.GetTimestamp();
            if (!source.MoveNext()) break;
            var t1 = Stopwatch.GetTimestamp();
            var doc = MarkdownReader.Read(source.Current.Uri, source.Current.Markdown);
            if (doc.Url is not null && Uri.TryCreate(doc.Url, UriKind.Absolute, out var url)) doc = doc with { Uri = UrlCanonicalizer.Canonical(url) };
            var t2 = Stopwatch.GetTimestamp();
            var facts = extractor.Extract(doc);
            var t3 = Stopwatch.GetTimestamp();
            var outcome = store.Writer.Save(doc, facts);
            var t4 = Stopwatch.GetTimestamp();
            generate += t1 - t0; parse += t2 - t1; extract += t3 - t2; save += t4 - t3;
            agreements += outcome.Agreements;
            figures += outcome.Figures;
            if (++count % 1000 == 0) progress(count);
        }
        return new IngestTimings(count, Seconds(generate), Seconds(parse), Seconds(extract), Seconds(save), agreements, figures);
    }

    static double Seconds(long ticks) => (double)ticks / Stopwatch.Frequency;
}
