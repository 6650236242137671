using Bot.Hosting;
using System.Diagnostics;
using Bot.Answering;
using Bot.Knowledge;
using Bot.Knowledge.Chats;
using Bot.Knowledge.Entities;
using Bot.Knowledge.Search;
using Bot.Knowledge.Storage;

namespace Bot.Bench;

/// <summary>
/// One bench run: a temporary store seeded from data/, the synthetic corpus ingested into it, then warm answer
/// latency, raw FTS latency and memory measured on the same store. The store file is gone when this returns or throws.
/// </summary>
internal sealed class BenchRunner(KnowledgeOptions knowledge, TimeProvider clock, Action<string> progress)
{
    public async Task<BenchResult> RunAsync(BenchSettings settings, CancellationToken ct, string? storeCopy = null, bool keepAnswers = false, string? memoryTrace = null)
    {
        using var file = new TempStoreFile();
        using var store = new BenchStore(file.Path, knowledge.ResolvedDataPath, clock);
        // Started once the store is open: SQLite's counters are there to read from then on.
        using var trace = MemoryTrace.Start(memoryTrace);
        var memory = new Dictionary<string, MemorySample>(StringComparer.Ordinal) { ["start"] = MemorySample.Take() };

        var phases = new Dictionary<string, double>(StringComparer.Ordinal);
        var started = Stopwatch.GetTimestamp();
        MemoryTrace.Phase("seed");
        await store.SeedAsync(ct);
        phases["seed"] = Lap(ref started);
        memory["seeded"] = MemorySample.Take();
        var seededAgreements = store.Db.Connection.ExecuteScalar<long>("SELECT count(*) FROM agreements");

        // One seed, two independent streams: changing the question count must not change the corpus.
        var rng = new Random(settings.Seed);
        var world = new CooperationWorld(rng);
        var corpus = new CorpusGenerator(world, new Random(rng.Next()));
        var questions = new QuestionGenerator(world, new Random(rng.Next())).Generate(settings.Questions);

        // Written to files before ingestion starts, as a user's `ingest DIR` finds them: generating is the bench's work, not the bot's.
        progress($"writing {settings.Documents:N0} generated documents…");
        MemoryTrace.Phase("generate");
        using var files = CorpusFiles.Write(corpus.Documents(settings.Documents));
        phases["generate"] = Lap(ref started);

        progress($"ingesting {settings.Documents:N0} generated documents…");
        MemoryTrace.Phase("ingest");
        var ingest = new IngestStage(store.Get<EntityCatalog>(), store.Get<DocumentWriter>()).Run(files, n => progress($"  {n:N0} documents"), ct);
        phases["ingest"] = Lap(ref started);
        files.Dispose();
        memory["ingested"] = MemorySample.Take();
        // The answering phases' peak is their own: a bot answers from a store some other process may have filled.
        var peakReset = MemorySample.ResetPeak();

        progress($"answering {questions.Count} questions (warm-up pass, then timed pass)…");
        MemoryTrace.Phase("answer");
        var answers = new AnswerStage(store.Get<OfflineAnswerer>(), keepAnswers).Run(questions, ct);
        phases["answer"] = Lap(ref started);
        memory["answered"] = MemorySample.Take();

        progress($"answering the {questions.Count} questions as chat turns (warm-up pass, then timed pass)…");
        var builtBefore = store.Get<StoreVersion>().SnapshotBuilds;
        MemoryTrace.Phase("chat");
        var chat = new ChatStage(store.Get<OfflineAnswerer>(), store.Get<Counters>(), store.Get<QuestionLog>(), store.Get<LastAnswers>()).Run(questions, ct);
        phases["chat"] = Lap(ref started);
        var chatBuilds = store.Get<StoreVersion>().SnapshotBuilds - builtBefore;
        memory["chatted"] = MemorySample.Take();

        progress("timing raw FTS5 MATCH…");
        MemoryTrace.Phase("fts");
        var (ftsRaw, ftsContent) = new FtsStage(store.Get<PassageSearch>()).Run(questions, ct);
        phases["fts"] = Lap(ref started);
        memory["searched"] = MemorySample.Take();

        MemoryTrace.Phase("end");
        var c = store.Db.Connection;
        // After every measurement: the copy's reads and writes are no part of them.
        if (storeCopy is not null) Bot.Knowledge.Backup.StoreBackup.Copy(file.Path, storeCopy, ct);
        return new BenchResult(settings, phases, ingest, answers, ftsRaw, ftsContent,
            c.ExecuteScalar<long>("SELECT count(*) FROM documents"), store.Get<PassageSearch>().PassageCount(),
            c.ExecuteScalar<long>("SELECT count(*) FROM agreements"), c.ExecuteScalar<long>("SELECT count(*) FROM figures"),
            file.SizeMb, memory) { ChatAnswers = chat, ChatSnapshotBuilds = chatBuilds, SeededAgreements = seededAgreements, ReportedAgreements = corpus.ReportedAgreements, PeakReset = peakReset };
    }

    static double Lap(ref long started)
    {
        var seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
        started = Stopwatch.GetTimestamp();
        return seconds;
    }
}
