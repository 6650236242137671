using System.Diagnostics;
using Bot.Knowledge.Entities;
using Bot.Knowledge.Extraction;
using Bot.Knowledge.Extraction.Reading;
using Bot.Knowledge.Ingestion;
using Bot.Knowledge.Storage;
using Bot.Knowledge.Text;

namespace Bot.Bench;

/// <summary>
/// Ingests generated articles through the same steps as `ingest` on a folder of Markdown files — read, canonical URL,
/// layout and words four documents ahead on a thread of their own (<see cref="ReadAhead{T}"/>; generation stays on the
/// reading thread), extract all but the figures; then read the figures a few documents at a time as they come (<see cref="FigureReading{T}"/>,
/// <see cref="DocumentQueue.FigureChunk"/>), and in batches of <see cref="Ingestor.BatchSize"/> prepare (content hash, passages, index keys) and save document by document in one
/// transaction (<see cref="OverlappedSave{T}"/>), each batch's figures beside the save of the one before and both beside
/// the reading and extracting of the next — minus the disk read (the text is in memory), timing each step. Figures are
/// timed on the thread that reads them; prepare and save on the thread that saves, commit included (a save's wait for its
/// batch's figures is "save wait"); "wait" is the time the reading thread waited for a save to end. Generation time is
/// kept out of docs/s.
/// </summary>
internal sealed class IngestStage(EntityCatalog entities, DocumentWriter writer)
{
    public IngestTimings Run(IEnumerable<(string Uri, string Markdown)> documents, Action<int> progress, CancellationToken ct)
    {
        var meter = new StepMeter();
        var saveMeter = new StepMeter();
        var figureMeter = new StepMeter();
        var saving = new OverlappedSave<List<SaveOutcome>>();
        var figuring = new FigureReading<(SourceDocument Doc, ExtractedFacts Facts)>(d => WithFigures(d, figureMeter));
        var collections = new[] { GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2) };
        var processCpu = ProcessCpu();
        var paused = GC.GetTotalPauseDuration();
        meter.Start();
        var extractor = new DocumentExtractor(entities.Index());
        var terms = new IndexTextCache();
        meter.Mark("setup");
        int count = 0, agreements = 0, figures = 0;
        var chunk = new List<(SourceDocument, ExtractedFacts)>(DocumentQueue.FigureChunk);
        var chunks = new List<Task<List<(SourceDocument Doc, ExtractedFacts Facts)>>>();
        var gathered = 0;
        void Saved(List<SaveOutcome>? outcomes)
        {
            foreach (var o in outcomes ?? []) (agreements, figures) = (agreements + o.Agreements, figures + o.Figures);
        }
        void SendChunk()
        {
            chunks.Add(figuring.Start(chunk));
            chunk = new List<(SourceDocument, ExtractedFacts)>(DocumentQueue.FigureChunk);
        }
        List<Task<List<(SourceDocument Doc, ExtractedFacts Facts)>>> TakeBatch()
        {
            if (chunk.Count > 0) SendChunk();
            var full = chunks;
            (chunks, gathered) = ([], 0);
            return full;
        }
        // As `ingest` does: documents are parsed, laid out and split into words a few ahead on a thread of their own (ReadAhead),
        // while this thread extracts the one before; "parse" is this thread's wait for them, and the CPU of the thread that read them.
        var ahead = new ReadAhead<(SourceDocument Doc, DocumentWords Words)>();
        var readMeter = new StepMeter();
        var reading = new Queue<Task<(SourceDocument Doc, DocumentWords Words)>>(ReadAhead<(SourceDocument, DocumentWords)>.Depth + 1);
        void Extract(Task<(SourceDocument Doc, DocumentWords Words)> read)
        {
            var (doc, words) = read.GetAwaiter().GetResult();
            meter.Mark("parse");
            var facts = extractor.ExtractAllButFigures(doc, words, ct);
            meter.Mark("extract");
            chunk.Add((doc, facts));
            if (chunk.Count >= DocumentQueue.FigureChunk) SendChunk();
            if (++gathered >= Ingestor.BatchSize)
            {
                var full = TakeBatch();
                Saved(saving.Start(() => Save(full, terms, saveMeter)));
                meter.Mark("wait");
            }
            if (++count % 1000 == 0) progress(count);
            meter.Mark("generate");
        }
        using var source = documents.GetEnumerator();
        try
        {
            while (true)
            {
                ct.ThrowIfCancellationRequested();
                var more = source.MoveNext();
                meter.Mark("generate");
                if (!more) break;
                var (uri, markdown) = source.Current;
                reading.Enqueue(ahead.Start(() =>
                {
                    readMeter.Start();
                    var doc = Ingestor.Canonical(MarkdownReader.Read(uri, markdown));
                    var words = DocumentWords.Of(doc, ct);
                    readMeter.Mark("parse");
                    return (doc, words);
                }));
                meter.Mark("parse");
                if (reading.Count > ReadAhead<(SourceDocument, DocumentWords)>.Depth) Extract(reading.Dequeue());
            }
            while (reading.Count > 0) Extract(reading.Dequeue());
        }
        finally
        {
            ahead.Finish();
            // As `ingest` does: whatever ends the run, what was read is saved.
            if (gathered > 0)
            {
                var last = TakeBatch();
                Saved(saving.Start(() => Save(last, terms, saveMeter)));
            }
            Saved(saving.Wait());
            // As `ingest` does when its run ends.
            IngestRunEnd.Release(count);
            meter.Mark("wait");
        }
        var parse = new StepCost(meter["parse"].WallSeconds, meter["parse"].CpuSeconds + readMeter["parse"].CpuSeconds, meter["parse"].AllocatedMb + readMeter["parse"].AllocatedMb);
        var gcs = collections.Select((n, g) => GC.CollectionCount(g) - n).ToArray();
        var overhead = meter["generate"].CpuSeconds + meter["setup"].CpuSeconds;
        return new IngestTimings(count, meter["generate"], meter["setup"], parse, meter["extract"], figureMeter["figures"], saveMeter["prepare"], saveMeter["save"], meter["wait"],
            agreements, figures, gcs) { ProcessCpuSeconds = ProcessCpu() - processCpu - overhead, GcPauseSeconds = (GC.GetTotalPauseDuration() - paused).TotalSeconds };
    }

    static double ProcessCpu()
    {
        using var process = Process.GetCurrentProcess();
        return process.TotalProcessorTime.TotalSeconds;
    }

    /// <summary>One document's figures, timed on the thread that reads them (one batch at a time: see <see cref="FigureReading{T}"/>).</summary>
    static (SourceDocument, ExtractedFacts) WithFigures((SourceDocument Doc, ExtractedFacts Facts) d, StepMeter meter)
    {
        meter.Start();
        var withFigures = d.Facts with { Figures = DocumentExtractor.Figures(d.Doc, d.Facts), Layout = null };
        meter.Mark("figures");
        return (d.Doc, withFigures);
    }

    /// <summary>One batch prepared and saved in one transaction, timed on the thread that saves it (one at a time: <paramref name="terms"/> is its alone).</summary>
    List<SaveOutcome> Save(List<Task<List<(SourceDocument Doc, ExtractedFacts Facts)>>> figured, IndexTextCache terms, StepMeter meter)
    {
        meter.Start();
        var documents = FigureReading<(SourceDocument Doc, ExtractedFacts Facts)>.Gathered(figured);
        meter.Mark("save wait");
        using var batch = writer.BeginBatch();
        meter.Mark("save");
        var outcomes = new List<SaveOutcome>(documents.Count);
        foreach (var (doc, facts) in documents)
        {
            var prepared = PreparedDocument.Of(doc, facts, null, terms);
            meter.Mark("prepare");
            outcomes.Add(batch.Save(prepared));
            meter.Mark("save");
        }
        batch.Commit();
        meter.Mark("save");
        return outcomes;
    }
}
