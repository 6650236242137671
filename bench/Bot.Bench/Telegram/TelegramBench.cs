using System.Diagnostics;
using System.Globalization;
using Bot.Hosting;
using Bot.Knowledge;
using Bot.Knowledge.Chats;
using Bot.Knowledge.Ingestion;
using Bot.TelegramSimulator;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Telegram.Bot;

namespace Bot.Bench.Telegram;

/// <summary>
/// The bot as users meet it, on loopback: the real host (polling, answering, alert worker) against the Bot API
/// simulator. Chat throughput is measured next to an echo bot on an identical simulator; alert fan-out against the
/// simulator's flood limits set to the configured global rate.
/// </summary>
internal sealed class TelegramBench(KnowledgeOptions knowledge, TimeProvider clock, HttpClient http, Action<string> progress)
{
    // Questions over the shipped knowledge base in the four languages, with their answer types mixed.
    static readonly string[] Questions =
    [
        "What was the trade turnover between Kazakhstan and Bulgaria in 2024?",
        "What memoranda were signed in Astana on 9 June 2025?",
        "Какой был товарооборот между Казахстаном и Болгарией в 2024 году?",
        "Какви споразумения са подписани между България и Казахстан?",
        "Қазақстан мен Болгария арасындағы тауар айналымы қандай?",
        "When did Tokayev visit Bulgaria?",
        "How many Kazakh companies with Bulgarian capital are there?",
        "Когда были установлены дипломатические отношения?",
    ];

    public async Task<TelegramBenchResult> RunAsync(int questions, int subscribers, int perSecond, CancellationToken ct)
    {
        using var file = new TempStoreFile();
        using (var store = new BenchStore(file.Path, knowledge.ResolvedDataPath, clock)) await store.SeedAsync(ct);

        progress($"telegram: {questions} questions through the bot on a loopback Bot API…");
        var botQps = await MeasureBotAsync(file.Path, questions, ct);
        progress($"telegram: {questions} messages through an echo bot…");
        var echoQps = await MeasureEchoAsync(questions, ct);
        progress($"telegram: one new agreement to {subscribers:N0} subscribers at {perSecond}/s…");
        var fanout = await MeasureFanoutAsync(file.Path, subscribers, perSecond, ct);
        return new TelegramBenchResult(questions, botQps, echoQps, subscribers, perSecond,
            fanout.Achieved, fanout.TooMany, fanout.MaxPerChat, fanout.Seconds);
    }

    async Task<double> MeasureBotAsync(string dbPath, int count, CancellationToken ct)
    {
        await using var sim = await BotApiSimulator.StartAsync(cancellationToken: ct);
        using var host = StartBot(sim, dbPath, new() { ["Telegram:QuestionsPerMinute"] = "1000" });
        await host.StartAsync(ct);
        await sim.WaitForCallsAsync("getUpdates", cancellationToken: ct);
        var qps = await ThroughputAsync(sim, count, ct);
        await host.StopAsync(ct);
        return qps;
    }

    async Task<double> MeasureEchoAsync(int count, CancellationToken ct)
    {
        await using var sim = await BotApiSimulator.StartAsync(cancellationToken: ct);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var echo = new EchoBot(new TelegramBotClient(new TelegramBotClientOptions(sim.Token, sim.BaseUrl), http)).RunAsync(stop.Token);
        await sim.WaitForCallsAsync("getUpdates", cancellationToken: ct);
        var qps = await ThroughputAsync(sim, count, ct);
        await stop.CancelAsync();
        await echo;
        return qps;
    }

    /// <summary>Messages from distinct users injected at once; the clock stops at the last reply.</summary>
    static async Task<double> ThroughputAsync(BotApiSimulator sim, int count, CancellationToken ct)
    {
        var started = Stopwatch.GetTimestamp();
        for (var i = 0; i < count; i++)
        {
            var user = 1_000_000L + i;
            sim.InjectMessage(user, user, Questions[i % Questions.Length]);
        }
        await sim.WaitForSentAsync(count: count, timeout: TimeSpan.FromMinutes(5), cancellationToken: ct);
        return count / Stopwatch.GetElapsedTime(started).TotalSeconds;
    }

    async Task<(double Achieved, int TooMany, int MaxPerChat, double Seconds)> MeasureFanoutAsync(string dbPath, int subscribers, int perSecond, CancellationToken ct)
    {
        await using var sim = await BotApiSimulator.StartAsync(cancellationToken: ct);
        sim.Faults.RateLimitsEnabled = true;
        sim.Faults.GlobalMessagesPerSecond = perSecond;
        using (var store = new BenchStore(dbPath, knowledge.ResolvedDataPath, clock))
            store.Db.InTransaction(c =>
            {
                var now = clock.GetUtcNow().ToString("O");
                for (var i = 0; i < subscribers; i++)
                {
                    var chat = 5_000_000L + i;
                    c.InsertOrReplace(new ChatRow { ChatId = chat, Type = "private", Active = true, CreatedAt = now, UpdatedAt = now });
                    c.Execute("INSERT OR IGNORE INTO subscriptions(chat_id, kind, value, label, created_at) VALUES (?, 'all', '', 'all', ?)", chat, now);
                }
            });
        using var host = StartBot(sim, dbPath, new()
        {
            ["Alerts:GlobalPerSecond"] = perSecond.ToString(CultureInfo.InvariantCulture),
            ["Alerts:IdlePoll"] = "00:00:00.100",
        });
        await host.StartAsync(ct);
        await sim.WaitForCallsAsync("getUpdates", cancellationToken: ct);

        using var folder = new TempFolderForBench();
        var document = Path.Combine(folder.Path, "fanout.md");
        await File.WriteAllTextAsync(document, NewAgreementDocument, ct);
        using (var writer = new BenchStore(dbPath, knowledge.ResolvedDataPath, clock))
        {
            var report = await writer.Get<Ingestor>().IngestAsync([document], ct);
            if (!report.NewAgreementIds.Any()) throw new InvalidOperationException("the fan-out document did not yield a new agreement");
        }
        var sent = await sim.WaitForSentAsync(count: subscribers, timeout: TimeSpan.FromSeconds(subscribers / (double)perSecond * 4 + 60), cancellationToken: ct);
        await host.StopAsync(ct);

        var times = sent.Select(m => m.Timestamp).Order().ToList();
        var seconds = (times[^1] - times[0]).TotalSeconds;
        var maxPerChat = sent.GroupBy(m => m.ChatId).Max(g => MaxInOneSecond(g.Select(m => m.Timestamp).Order().ToList()));
        return (seconds > 0 ? (times.Count - 1) / seconds : 0, sim.Count429, maxPerChat, seconds);
    }

    static int MaxInOneSecond(List<DateTimeOffset> times)
    {
        var max = 0;
        for (int start = 0, end = 0; end < times.Count; end++)
        {
            while (times[end] - times[start] >= TimeSpan.FromSeconds(1)) start++;
            max = Math.Max(max, end - start + 1);
        }
        return max;
    }

    IHost StartBot(BotApiSimulator sim, string dbPath, Dictionary<string, string?> extra)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Telegram:BotToken"] = sim.Token,
            ["Telegram:ApiBaseUrl"] = sim.BaseUrl,
            ["Telegram:LongPollSeconds"] = "1",
            ["Knowledge:DbPath"] = dbPath,
            ["Knowledge:DataPath"] = knowledge.ResolvedDataPath,
        };
        foreach (var (key, value) in extra) settings[key] = value;
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        return AppHost.BuildBot(configuration, logging => logging.SetMinimumLevel(LogLevel.Error));
    }

    const string NewAgreementDocument = """
        ---
        title: KazMunayGas and Bulgargaz sign a memorandum on gas supply
        date: 2026-11-20
        source: https://bench.invalid/news/kmg-bulgargaz-gas-memorandum
        lang: en
        ---
        On 20 November 2026 in Plovdiv, KazMunayGas and Bulgargaz signed a memorandum of understanding on cooperation in gas supply and storage.
        """;

    sealed class TempFolderForBench : IDisposable
    {
        public string Path { get; } = Directory.CreateTempSubdirectory("kzbg-bench-").FullName;

        public void Dispose()
        {
            try { Directory.Delete(Path, recursive: true); }
            catch (IOException) { /* best effort */ }
        }
    }
}
