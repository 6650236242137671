using System.CommandLine;
using Bot.Answering;
using Bot.Answering.Evaluation;
using Bot.Knowledge.Ingestion;

namespace Bot.Cli;

/// <summary>
/// `eval --questions FILE [--docs DIR] [--no-seed] [--json]`: ingests the documents into a temporary store (seeded
/// from data/ unless --no-seed), asks every question of FILE as a user would and scores each answer with the file's
/// patterns. Prints pass rates by kind and language and every failure with its answer. The host works in a store of
/// this run's own (see Program.cs), seeded when it starts and deleted after.
/// </summary>
public sealed class EvalVerb(Ingestor ingestor, Lazy<IQuestionAnswerer> answerer) : IVerb
{
    public Command Build()
    {
        var questions = new Option<FileInfo>("--questions") { Description = "JSON Lines: id, question, expect_all, expect_any, forbid, kind, lang, after.", Required = true };
        var docs = new Option<string[]>("--docs") { Description = "Documents to ingest first (files or folders; repeatable).", AllowMultipleArgumentsPerToken = true };
        var command = new Command("eval", "Score the answers to a questions file against its expected patterns, in a temporary store.")
        {
            questions, docs, GlobalOptions.Json,
        };
        command.SetAction(async (parse, ct) =>
        {
            if (parse.GetValue(GlobalOptions.Db) is { Length: > 0 }) throw new UsageException("eval always uses a temporary store; leave out --db");
            var questionsFile = parse.GetValue(questions)!;
            if (!questionsFile.Exists) throw new UsageException($"no such file: {questionsFile.FullName}");
            IReadOnlyList<EvalItem> items;
            try
            {
                items = EvalFile.Load(questionsFile.FullName);
            }
            catch (FormatException e)
            {
                throw new UsageException(e.Message);
            }
            var targets = parse.GetValue(docs) ?? [];
            foreach (var target in targets)
                if (!File.Exists(target) && !Directory.Exists(target)) throw new UsageException($"no such file or folder: {target}");

            IngestReport? ingested = null;
            if (targets.Length > 0) ingested = await ingestor.IngestAsync(targets, ct);
            var report = await new EvalRunner(answerer.Value).RunAsync(items, ct);
            Print(report, ingested, parse.GetValue(GlobalOptions.Json));
            foreach (var error in report.Errors) Console.Error.WriteLine($"error: {error.Item.Id}: answering threw {error.Error}");
            return report.Errors.Count > 0 ? 1 : 0;
        });
        return command;
    }

    static void Print(EvalReport report, IngestReport? ingested, bool json)
    {
        var failed = ingested?.Results.Where(r => r.Status == IngestStatus.Failed).ToList() ?? [];
        if (json)
        {
            var body = EvalReportText.ToJson(report);
            if (ingested is not null)
                body["ingest"] = new Dictionary<string, object>
                {
                    ["added"] = ingested.Count(IngestStatus.Added) + ingested.Count(IngestStatus.Updated) + ingested.Count(IngestStatus.Unchanged),
                    ["failed"] = failed.Select(r => new Dictionary<string, string?> { ["target"] = r.Target, ["reason"] = r.Reason }).ToList(),
                };
            Console.Out.WriteLine(CliJson.Serialize(body));
            return;
        }
        foreach (var r in failed) Console.Error.WriteLine($"error: {r.Target}: {r.Reason}");
        if (ingested is not null) Console.Out.WriteLine($"documents: {ingested.Results.Count - failed.Count} ingested, {failed.Count} failed");
        Console.Out.WriteLine(EvalReportText.Render(report));
    }
}
