using System.Diagnostics;
using Bot.Knowledge.Entities;
using Bot.Knowledge.Extraction;
using Bot.Knowledge.Extraction.Reading;
using Bot.Knowledge.Ingestion;
using Bot.Knowledge.Storage;
using Bot.Knowledge.Text;
using Extracted = (Bot.Knowledge.Ingestion.SourceDocument Doc, Bot.Knowledge.Extraction.ExtractedFacts Facts, System.Collections.Generic.IReadOnlyList<Bot.Knowledge.Extraction.Vocabulary.TokenList>?[] Passages);

namespace Bot.Bench;

/// <summary>
/// Ingests the generated articles from the Markdown files they were written to before the clock started
/// (<see cref="CorpusFiles"/>), through the same steps as `ingest` on a folder: read the file, canonical URL, layout and
/// words four documents ahead on a thread of their own (<see cref="ReadAhead{T}"/>), extract all but the figures; then,
/// a few documents at a time as they come (<see cref="DocumentQueue.FigureChunk"/>), read their figures
/// (<see cref="FigureReading{T}"/>) and prepare (passages) and save them document by document into the open transaction
/// (<see cref="OrderedSave{TIn, TOut}"/>), committed every <see cref="Ingestor.BatchSize"/> documents (the search index is
/// written then), timing each step. Figures are timed on the thread that reads them; prepare and save on the thread that
/// saves, commit included; "wait" is the time the reading thread waited for saves to catch up. Generating the articles is
/// no part of ingestion: its cost is reported as "generate", apart.
/// </summary>
internal sealed class IngestStage(EntityCatalog entities, DocumentWriter writer)
{
    public IngestTimings Run(CorpusFiles corpus, Action<int> progress, CancellationToken ct)
    {
        var meter = new StepMeter();
        var saveMeter = new StepMeter();
        var figureMeter = new StepMeter();
        var figuring = new FigureReading<Extracted>(chunk => WithFigures(chunk, figureMeter));
        var collections = new[] { GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2) };
        var processCpu = ProcessCpu();
        var paused = GC.GetTotalPauseDuration();
        meter.Start();
        DocumentExtractor? extractor = new(entities.Index());
        var saver = new ChunkSaver(writer, saveMeter);
        var saving = new OrderedSave<List<Extracted>, List<SaveOutcome>>(saver.Save, DocumentQueue.ChunksInFlight);
        var saved = new List<List<SaveOutcome>>();
        meter.Mark("setup");
        int count = 0, agreements = 0, figures = 0;
        var chunk = new List<Extracted>(DocumentQueue.FigureChunk);
        void Count()
        {
            foreach (var o in saved.SelectMany(s => s)) (agreements, figures) = (agreements + o.Agreements, figures + o.Figures);
            saved.Clear();
        }
        void SendChunk()
        {
            var full = chunk;
            chunk = new List<Extracted>(DocumentQueue.FigureChunk);
            saving.Start(figuring.Start(full), saved);
            Count();
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
            var facts = extractor!.ExtractAllButFigures(doc, words, ct);
            meter.Mark("extract");
            chunk.Add((doc, facts, words.Passages));
            if (chunk.Count >= DocumentQueue.FigureChunk)
            {
                SendChunk();
                meter.Mark("wait");
            }
            // Marked only when it reports: the thread's CPU clock is a system call (see WithFigures).
            if (++count % 1000 == 0)
            {
                progress(count);
                meter.Mark("progress");
            }
        }
        try
        {
            foreach (var (uri, path) in corpus.Documents)
            {
                ct.ThrowIfCancellationRequested();
                reading.Enqueue(ahead.Start(() =>
                {
                    readMeter.Start();
                    // As `ingest DIR` reads a file: its bytes, decoded, then the Markdown; the address is the generated one.
                    var doc = Ingestor.Canonical(FileReader.Read(path, uri));
                    var words = DocumentWords.Of(doc, ct);
                    readMeter.Mark("parse");
                    return (doc, words);
                }));
                // Starting the read is charged with the wait for it, to "parse", by the next mark.
                if (reading.Count > ReadAhead<(SourceDocument, DocumentWords)>.Depth) Extract(reading.Dequeue());
            }
            while (reading.Count > 0) Extract(reading.Dequeue());
        }
        finally
        {
            ahead.Finish();
            // As `ingest` does: whatever ends the run, what was read is saved.
            try
            {
                if (chunk.Count > 0) SendChunk();
            }
            finally
            {
                try { saving.Finish(saved); }
                finally { saver.Commit(); }
            }
            Count();
            // As `ingest` does when its run ends, once its extractor (and the index of every person it learned) is gone.
            extractor = null;
            IngestRunEnd.Release(count);
            writer.RunEnded();
            meter.Mark("wait");
        }
        var parse = new StepCost(meter["parse"].WallSeconds, meter["parse"].CpuSeconds + readMeter["parse"].CpuSeconds, meter["parse"].AllocatedMb + readMeter["parse"].AllocatedMb);
        var gcs = collections.Select((n, g) => GC.CollectionCount(g) - n).ToArray();
        var overhead = meter["setup"].CpuSeconds + meter["progress"].CpuSeconds;
        return new IngestTimings(count, corpus.Cost, meter["setup"], parse, meter["extract"], figureMeter["figures"], saveMeter["prepare"], saveMeter["save"], meter["wait"],
            agreements, figures, gcs) { ProcessCpuSeconds = ProcessCpu() - processCpu - overhead, GcPauseSeconds = (GC.GetTotalPauseDuration() - paused).TotalSeconds };
    }

    static double ProcessCpu()
    {
        using var process = Process.GetCurrentProcess();
        return process.TotalProcessorTime.TotalSeconds;
    }

    /// <summary>
    /// A chunk's figures, timed on the thread that reads them (one chunk at a time: see <see cref="FigureReading{T}"/>).
    /// Timed by the chunk, not the document: the thread's CPU clock is a system call, and one before and after every
    /// document was the bench's own cost counted as ingestion's.
    /// </summary>
    static List<Extracted> WithFigures(List<Extracted> chunk, StepMeter meter)
    {
        meter.Start();
        var read = chunk.ConvertAll(d => (d.Doc, d.Facts with { Figures = DocumentExtractor.Figures(d.Doc, d.Facts), Layout = null }, d.Passages));
        meter.Mark("figures");
        return read;
    }

    /// <summary>
    /// Saves chunk after chunk into the open transaction, committing it every <see cref="Ingestor.BatchSize"/> documents
    /// (as <see cref="DocumentQueue"/> does), timed on the thread that saves (one chunk at a time: the batch and the
    /// index keys are its alone).
    /// </summary>
    sealed class ChunkSaver(DocumentWriter writer, StepMeter meter)
    {
        readonly PendingIndex _index = new();
        WriteBatch? _batch;

        public List<SaveOutcome> Save(List<Extracted> documents)
        {
            // The chunk is prepared, then saved: timed twice a chunk, not three times a document (see WithFigures).
            meter.Start();
            // As `ingest` does: the passages' index keys are copied from the words read ahead (DocumentWords.Passages).
            var prepared = documents.ConvertAll(d => PreparedDocument.Of(d.Doc, d.Facts, passageWords: d.Passages));
            meter.Mark("prepare");
            var outcomes = new List<SaveOutcome>(documents.Count);
            foreach (var document in prepared)
            {
                var batch = _batch ??= writer.BeginBatch(_index);
                outcomes.Add(batch.Save(document));
                if (batch.Count >= Ingestor.BatchSize) Commit();
            }
            meter.Mark("save");
            return outcomes;
        }

        /// <summary>Commits the open batch, if any (called by one thread at a time: after every save has ended, at the end).</summary>
        public void Commit()
        {
            var batch = _batch;
            _batch = null;
            if (batch is null) return;
            using (batch) batch.Commit();
        }
    }
}
