using System.CommandLine;
using Bot.Answering;
using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using Bot.Bench;
using Bot.Bench.Sources;
using Bot.Bench.Telegram;
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
        var suite = new Option<string>("--suite") { Description = "What to measure: store (ingestion, answers, FTS), telegram (chat throughput, alert fan-out), sources (feed items per second) or all.", DefaultValueFactory = _ => "all" };
        suite.AcceptOnlyFromAmong("all", "store", "telegram", "sources");
        var feedItems = new Option<int>("--feed-items") { Description = "Source monitoring: items in the loopback feed polled once.", DefaultValueFactory = _ => 1_000 };
        var subscribers = new Option<int>("--subscribers") { Description = "Alert fan-out: subscribers of the new agreement.", DefaultValueFactory = _ => 10_000 };
        var alertRate = new Option<int>("--alert-rate") { Description = "Alert fan-out: Alerts:GlobalPerSecond and the simulator's global limit.", DefaultValueFactory = _ => 1_000 };
        var chatQuestions = new Option<int>("--chat-questions") { Description = "Chat throughput: messages sent through the bot and through the echo bot.", DefaultValueFactory = _ => 300 };
        var command = new Command("bench", "Measure ingestion, answer and FTS latency and memory on a generated corpus, and chat throughput and alert fan-out on a loopback Bot API, and feed items per second through the source monitor on a loopback news site (--db is ignored).")
        {
            documents, questions, seed, suite, subscribers, alertRate, chatQuestions, feedItems, GlobalOptions.Json,
        };
        command.SetAction(async (parse, ct) =>
        {
            var settings = new BenchSettings(parse.GetValue(documents), parse.GetValue(questions), parse.GetValue(seed));
            if (settings.Documents is < 1 or > 1_000_000) throw new UsageException($"--documents must be between 1 and 1000000 (got {settings.Documents})");
            if (settings.Questions is < 1 or > 100_000) throw new UsageException($"--questions must be between 1 and 100000 (got {settings.Questions})");
            if (parse.GetValue(subscribers) is < 1 or > 1_000_000) throw new UsageException("--subscribers must be between 1 and 1000000");
            if (parse.GetValue(alertRate) is < 1 or > 1_000) throw new UsageException("--alert-rate must be between 1 and 1000");
            if (parse.GetValue(chatQuestions) is < 1 or > 100_000) throw new UsageException("--chat-questions must be between 1 and 100000");
            if (parse.GetValue(feedItems) is < 1 or > 10_000) throw new UsageException("--feed-items must be between 1 and 10000");
            var json = parse.GetValue(GlobalOptions.Json);
            var which = parse.GetValue(suite)!;
            Action<string> progress = json ? _ => { } : message => Console.Error.WriteLine(message);
            using var client = http.CreateClient("ingest");
            var output = new JsonObject();
            var table = new StringBuilder();
            if (which is "all" or "store")
            {
                var result = await new BenchRunner(knowledge.Value, answering.Value, clock, client, progress).RunAsync(settings, ct);
                foreach (var (key, value) in JsonNode.Parse(BenchJson.Render(result))!.AsObject()) output[key] = value?.DeepClone();
                table.AppendLine(BenchTable.Render(result));
            }
            if (which is "all" or "telegram")
            {
                var telegram = await new TelegramBench(knowledge.Value, clock, client, progress)
                    .RunAsync(parse.GetValue(chatQuestions), parse.GetValue(subscribers), parse.GetValue(alertRate), ct);
                foreach (var (key, value) in telegram.Pairs())
                {
                    output[key] = value;
                    table.AppendLine(CultureInfo.InvariantCulture, $"{key,-28} {value}");
                }
            }
            if (which is "all" or "sources")
            {
                var sources = await new SourcesBench(knowledge.Value, clock, client, progress).RunAsync(parse.GetValue(feedItems), settings.Seed, ct);
                foreach (var (key, value) in sources.Pairs())
                {
                    output[key] = value;
                    table.AppendLine(CultureInfo.InvariantCulture, $"{key,-28} {value}");
                }
            }
            Console.Out.WriteLine(json ? output.ToJsonString() : table.ToString().TrimEnd());
            return 0;
        });
        return command;
    }
}
