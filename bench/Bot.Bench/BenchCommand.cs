using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using Bot.Bench.Hostile;
using Bot.Bench.Sources;
using Bot.Bench.Telegram;
using Bot.Knowledge;

namespace Bot.Bench;

/// <summary>
/// `Bot.Bench [--json] [--suite all|store|telegram|sources|hostile] …`: the options and the JSON keys of the former `bench`
/// verb, unchanged. Each suite works in temporary stores of its own.
/// </summary>
internal static class BenchCommand
{
    public static RootCommand Build(KnowledgeOptions knowledge, TimeProvider clock)
    {
        var documents = new Option<int>("--documents") { Description = "Synthetic articles to generate and ingest.", DefaultValueFactory = _ => BenchSettings.DefaultDocuments };
        var questions = new Option<int>("--questions") { Description = "Mixed questions to time (en/ru/bg/kk).", DefaultValueFactory = _ => BenchSettings.DefaultQuestions };
        var seed = new Option<int>("--seed") { Description = "Seed of the generator: the same seed gives the same corpus and questions.", DefaultValueFactory = _ => BenchSettings.DefaultSeed };
        var suite = new Option<string>("--suite") { Description = "What to measure: store (ingestion, answers, FTS), telegram (chat throughput, alert fan-out), sources (feed items per second), all of these, or hostile (hostile questions through `ask --questions` at the default and the maximum question cap; not part of all), or agreements (the store suite's corpus ingested, each stored agreement held against the signed documents its articles report; not part of all).", DefaultValueFactory = _ => "all" };
        suite.AcceptOnlyFromAmong("all", "store", "telegram", "sources", "hostile", "agreements");
        var feedItems = new Option<int>("--feed-items") { Description = "Source monitoring: items in the loopback feed polled once.", DefaultValueFactory = _ => 1_000 };
        var subscribers = new Option<int>("--subscribers") { Description = "Alert fan-out: subscribers of the new agreement.", DefaultValueFactory = _ => 10_000 };
        var alertRate = new Option<int>("--alert-rate") { Description = "Alert fan-out: Alerts:GlobalPerSecond and the simulator's global limit.", DefaultValueFactory = _ => 1_000 };
        var chatQuestions = new Option<int>("--chat-questions") { Description = "Chat throughput: messages sent through the bot and through the echo bot.", DefaultValueFactory = _ => 300 };
        var hostileQuestions = new Option<int>("--hostile-questions") { Description = "Hostile suite: generated questions per cap (every 50th a line to be reported).", DefaultValueFactory = _ => 1_000 };
        var agreementsDump = new Option<string?>("--agreements-dump") { Description = "Agreements suite: write one JSON line per stored agreement (right, duplicate, spurious) and per missed document to this file." };
        var storeCopy = new Option<string?>("--store-copy") { Description = "Store suite: when the run ends, back the store up to this new file (what was ingested and seeded), so two builds' stores can be compared table by table." };
        var answersDump = new Option<string?>("--answers-dump") { Description = "Store suite: write the timed pass's answers to this file, one JSON line per question (category, lang, question, kind, answer, citations, ms, cpu_ms), to diff two builds' answers and name the slowest questions." };
        var memoryTrace = new Option<string?>("--memory-trace") { Description = "Store suite: sample the process's memory every few milliseconds and write it to this CSV file, with the phase the run was in (resident parts, GC heap and generations, C heap, SQLite), to find the moment of the peak." };
        var json = new Option<bool>("--json") { Description = "Machine-readable output." };
        var command = new RootCommand("Measure ingestion, answer and FTS latency and memory on a generated corpus, chat throughput and alert fan-out on a loopback Bot API, and feed items per second through the source monitor on a loopback news site.")
        {
            documents, questions, seed, suite, subscribers, alertRate, chatQuestions, feedItems, hostileQuestions, agreementsDump, storeCopy, answersDump, memoryTrace, json,
        };
        command.SetAction(async (parse, ct) =>
        {
            var settings = new BenchSettings(parse.GetValue(documents), parse.GetValue(questions), parse.GetValue(seed));
            var problem = Check(settings, parse.GetValue(subscribers), parse.GetValue(alertRate), parse.GetValue(chatQuestions), parse.GetValue(feedItems))
                ?? (parse.GetValue(hostileQuestions) is < 1 or > 100_000 ? "--hostile-questions must be between 1 and 100000" : null);
            if (problem is not null)
            {
                Console.Error.WriteLine($"error: {problem}");
                return 2;
            }
            var asJson = parse.GetValue(json);
            var which = parse.GetValue(suite)!;
            Action<string> progress = asJson ? _ => { } : message => Console.Error.WriteLine(message);
            using var http = new HttpClient();
            var output = new JsonObject();
            var table = new StringBuilder();
            if (which is "all" or "store")
            {
                var result = await new BenchRunner(knowledge, clock, progress).RunAsync(settings, ct, parse.GetValue(storeCopy), parse.GetValue(answersDump) is not null, parse.GetValue(memoryTrace));
                if (parse.GetValue(answersDump) is { } dump) AnswersDump.Write(dump, result.Answers);
                foreach (var (key, value) in JsonNode.Parse(BenchJson.Render(result))!.AsObject()) output[key] = value?.DeepClone();
                table.AppendLine(BenchTable.Render(result));
            }
            if (which is "all" or "telegram")
            {
                var telegram = await new TelegramBench(knowledge, clock, http, progress)
                    .RunAsync(parse.GetValue(chatQuestions), parse.GetValue(subscribers), parse.GetValue(alertRate), ct);
                Add(output, table, telegram.Pairs());
            }
            if (which is "all" or "sources")
            {
                var sources = await new SourcesBench(knowledge, clock, progress).RunAsync(parse.GetValue(feedItems), settings.Seed, ct);
                Add(output, table, sources.Pairs());
            }
            if (which is "hostile")
            {
                var hostile = await new HostileBench(knowledge, clock, progress).RunAsync(parse.GetValue(hostileQuestions), settings.Seed, ct);
                Add(output, table, hostile.Pairs());
            }
            if (which is "agreements")
            {
                var audit = await new AgreementAudit(knowledge, clock, progress).RunAsync(settings, parse.GetValue(agreementsDump), ct);
                Add(output, table, audit);
            }
            Console.Out.WriteLine(asJson ? output.ToJsonString() : table.ToString().TrimEnd());
            return 0;
        });
        return command;
    }

    static string? Check(BenchSettings settings, int subscribers, int alertRate, int chatQuestions, int feedItems) =>
        settings.Documents is < 1 or > 1_000_000 ? $"--documents must be between 1 and 1000000 (got {settings.Documents})"
        : settings.Questions is < 1 or > 100_000 ? $"--questions must be between 1 and 100000 (got {settings.Questions})"
        : subscribers is < 1 or > 1_000_000 ? "--subscribers must be between 1 and 1000000"
        : alertRate is < 1 or > 1_000 ? "--alert-rate must be between 1 and 1000"
        : chatQuestions is < 1 or > 100_000 ? "--chat-questions must be between 1 and 100000"
        : feedItems is < 1 or > 10_000 ? "--feed-items must be between 1 and 10000"
        : null;

    static void Add(JsonObject output, StringBuilder table, IEnumerable<KeyValuePair<string, double>> pairs)
    {
        foreach (var (key, value) in pairs)
        {
            output[key] = value;
            table.AppendLine(CultureInfo.InvariantCulture, $"{key,-28} {value}");
        }
    }
}
