using System.CommandLine;
using Bot.Answering;
using Bot.Bench;
using Bot.Knowledge;
using Microsoft.Extensions.Options;

namespace Bot.Cli;

/// <summary>`bench [--json] [--documents N] [--questions N] [--seed N]`: ingestion, answer latency, FTS latency and memory on a synthetic corpus.</summary>
public sealed class BenchVerb(IOptions<KnowledgeOptions> knowledge, IOptions<AnsweringOptions> answering, TimeProvider clock, IHttpClientFactory http) : IVerb
{
    public Command Build()
    {
        var documents = new Option<int>("--documents") { Description = "Synthetic articles to generate and ingest.", DefaultValueFactory = _ => BenchSettings.DefaultDocuments };
        var questions = new Option<int>("--questions") { Description = "Mixed questions to time (en/ru/bg/kk).", DefaultValueFactory = _ => BenchSettings.DefaultQuestions };
        var seed = new Option<int>("--seed") { Description = "Seed of the generator: the same seed gives the same corpus and questions.", DefaultValueFactory = _ => BenchSettings.DefaultSeed };
        var command = new Command("bench", "Measure ingestion, answer latency, FTS latency and memory on a generated corpus in a temporary store (--db is ignored).")
        {
            documents, questions, seed, GlobalOptions.Json,
        };
        command.SetAction(async (parse, ct) =>
        {
            var settings = new BenchSettings(parse.GetValue(documents), parse.GetValue(questions), parse.GetValue(seed));
            if (settings.Documents is < 1 or > 1_000_000) throw new UsageException($"--documents must be between 1 and 1000000 (got {settings.Documents})");
            if (settings.Questions is < 1 or > 100_000) throw new UsageException($"--questions must be between 1 and 100000 (got {settings.Questions})");
            var json = parse.GetValue(GlobalOptions.Json);
            using var client = http.CreateClient("ingest");
            var runner = new BenchRunner(knowledge.Value, answering.Value, clock, client, json ? _ => { } : message => Console.Error.WriteLine(message));
            var result = await runner.RunAsync(settings, ct);
            Console.Out.WriteLine(json ? BenchJson.Render(result) : BenchTable.Render(result));
            return 0;
        });
        return command;
    }
}
