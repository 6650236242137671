using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Bot.TelegramSimulator;
using Bot.TestKit;
using Bot.TestKit.Feeds;

namespace Bot.IntegrationTests;

/// <summary>
/// /metrics and the question log after a scripted session with the real program: two watched feeds (one broken), an
/// agreement alerted to two subscribers through Bot API failures, questions answered by a model, by the offline
/// answerer when the model fails, and not at all, and an admin's /ingest of a page and of a missing one.
/// </summary>
public sealed partial class MetricsTests : IDisposable
{
    const long Admin = 4_242_000;
    static readonly long[] Subscribers = [4_242_101, 4_242_102];
    static readonly long[] Askers = [4_242_201, 4_242_202, 4_242_203];

    readonly string _db = Path.Combine(Path.GetTempPath(), $"kzbg-metrics-{Guid.NewGuid():N}.db");
    readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(30) };
    readonly FeedServer _news = new();
    readonly FactEchoModel _model = new();

    [GeneratedRegex(@"Health endpoints at (?<url>http://[0-9.:]+)")]
    private static partial Regex Announced();

    [Fact]
    public async Task After_a_scripted_session_metrics_count_each_question_mode_ingest_feed_poll_alert_outcome_and_telegram_error_and_the_log_has_one_private_line_per_question()
    {
        // The store as an operator has it before the start: seeded, two chats subscribed to every new agreement.
        using (var store = new TestStores(_db))
        {
            await store.EnsureSeededAsync(Paths.DataDir, noSeed: false, CancellationToken.None);
            foreach (var chat in Subscribers)
            {
                store.Chats.Touch(chat, "private", null, reactivate: true);
                store.Subscriptions.Add(chat, "all", "", "all");
            }
        }
        SQLite.SQLiteAsyncConnection.ResetPool();
        _news.Html("/news/rail", Article("steppe-wire-rail-memorandum"));
        _news.Rss("/rss", FeedXml.Rss("Steppe Wire", new Entry(_news.Url("/news/rail"), "Kazakhstan and Bulgaria sign memorandum on container transport",
            new DateTimeOffset(2026, 3, 12, 16, 5, 0, TimeSpan.FromHours(2)))));
        _news.Fail("/broken", 500);
        _news.Html("/news/april", Article("danube-daily-monthly-trade-april"));

        await using var sim = await BotApiSimulator.StartAsync();
        // Bot API failures the bot survives: a command menu it could not register, and three failed alert sends (both
        // first tries, then one of the two second tries: with two attempts allowed, that alert is dead, the other sent).
        sim.Faults.FailNext("setMyCommands", 1, SimulatedError.InternalServerError);
        sim.Faults.FailNext("sendMessage", 3, SimulatedError.InternalServerError);
        using var bot = BotProcess.Start(_db, sim, new Dictionary<string, string>
        {
            ["Health__ListenUrl"] = "http://127.0.0.1:0",
            ["Logging__Format"] = "json",
            ["Telegram__AdminIds__0"] = Admin.ToString(CultureInfo.InvariantCulture),
            ["Sources__AllowPrivateNetworks"] = "true",
            ["Sources__Feeds__0__Url"] = _news.Url("/rss"),
            ["Sources__Feeds__1__Url"] = _news.Url("/broken"),
            ["Ingestion__AllowPrivateNetworks"] = "true",
            ["Alerts__MaxAttempts"] = "2",
            ["Alerts__IdlePoll"] = "00:00:00.200",
            ["Llm__Provider"] = "openai-compatible",
            ["Llm__Endpoint"] = _model.Endpoint,
            ["Llm__Model"] = "echo",
            ["Llm__Timeout"] = "00:00:30",
            ["Llm__MaxRetries"] = "0",
        });
        await Eventually.TrueAsync(() => Announced().IsMatch(bot.Stdout), "the health address logged", TimeSpan.FromSeconds(60));
        var url = Announced().Match(bot.Stdout).Groups["url"].Value + "/metrics";

        // The feeds are polled at start; the agreement's two alerts run out of failures before anything else is sent.
        var metrics = await ScrapeUntilAsync(url, m => Value(m, "bot_alerts_total", ("outcome", "dead")) >= 1 && Value(m, "bot_alerts_total", ("outcome", "sent")) >= 1,
            "one alert sent and one dead");
        sim.Sent.Count(m => Subscribers.Contains(m.ChatId)).ShouldBe(1);

        // Questions, each in a chat of its own: the model answers; the model fails (500); nothing in the store answers.
        await AskAsync(sim, Askers[0], "What was the trade turnover in 2024?");
        _model.Failing = true;
        await AskAsync(sim, Askers[1], "What was the trade turnover in 2024?");
        await AskAsync(sim, Askers[2], "Zqxv wrblt plonk frobnicated?");
        // An admin's /ingest: a page that is read, and one that is not there.
        sim.InjectMessage(Admin, Admin, "/ingest " + _news.Url("/news/april"));
        await sim.WaitForSentAsync(m => m.ChatId == Admin, 1, TimeSpan.FromSeconds(60));
        sim.InjectMessage(Admin, Admin, "/ingest " + _news.Url("/news/missing"));
        await sim.WaitForSentAsync(m => m.ChatId == Admin, 2, TimeSpan.FromSeconds(60));

        metrics = await ScrapeUntilAsync(url, m => Total(m, "bot_questions_total") >= 3 && Value(m, "bot_ingest_documents_total", ("via", "admin")) >= 2, "the session counted");

        // Questions by mode and kind, not-found answers, and the latency of each.
        Value(metrics, "bot_questions_total", ("mode", "llm"), ("kind", "Figure")).ShouldBe(1, metrics);
        Value(metrics, "bot_questions_total", ("mode", "fallback:error"), ("kind", "Figure")).ShouldBe(1, metrics);
        Value(metrics, "bot_questions_total", ("mode", "offline"), ("kind", "NotFound")).ShouldBe(1, metrics);
        Total(metrics, "bot_questions_total").ShouldBe(3, metrics);
        Total(metrics, "bot_answers_not_found_total").ShouldBe(1, metrics);
        Total(metrics, "bot_answer_duration_seconds_count").ShouldBe(3, metrics);
        Lines(metrics, "bot_answer_duration_seconds_bucket").ShouldNotBeEmpty(metrics);
        // Feed polls and what they and the admin ingested.
        Value(metrics, "bot_feed_polls_total", ("outcome", "ok")).ShouldBe(1, metrics);
        Value(metrics, "bot_feed_polls_total", ("outcome", "failed")).ShouldBe(1, metrics);
        Value(metrics, "bot_ingest_documents_total", ("via", "feed"), ("outcome", "ingested")).ShouldBe(1, metrics);
        Value(metrics, "bot_ingest_documents_total", ("via", "feed"), ("outcome", "failed")).ShouldBe(0, metrics);
        Value(metrics, "bot_ingest_documents_total", ("via", "admin"), ("outcome", "ingested")).ShouldBe(1, metrics);
        Value(metrics, "bot_ingest_documents_total", ("via", "admin"), ("outcome", "failed")).ShouldBe(1, metrics);
        // Alerts by outcome, and nothing left waiting.
        Value(metrics, "bot_alerts_total", ("outcome", "sent")).ShouldBe(1, metrics);
        Value(metrics, "bot_alerts_total", ("outcome", "retried")).ShouldBe(2, metrics);
        Value(metrics, "bot_alerts_total", ("outcome", "dead")).ShouldBe(1, metrics);
        Value(metrics, "bot_alerts_total", ("outcome", "rate_limited")).ShouldBe(0, metrics);
        Total(metrics, "bot_alerts_backlog").ShouldBe(0, metrics);
        // Telegram errors by code and method.
        Value(metrics, "bot_telegram_errors_total", ("code", "500"), ("method", "setMyCommands")).ShouldBe(1, metrics);
        Value(metrics, "bot_telegram_errors_total", ("code", "500"), ("method", "sendMessage")).ShouldBe(3, metrics);
        metrics.ShouldNotContain(sim.Token);

        await bot.SignalAsync("TERM");
        (await bot.WaitForExitAsync(TimeSpan.FromSeconds(60))).ShouldBe(0, bot.Stderr);
        var answered = bot.Stdout.Split('\n').Where(l => l.Contains("Answered chat", StringComparison.Ordinal)).ToList();
        answered.Count.ShouldBe(3, bot.Stdout);
        foreach (var line in answered)
        {
            using var json = JsonDocument.Parse(line);
            json.RootElement.GetProperty("LogLevel").GetString().ShouldBe("Information");
            var state = json.RootElement.GetProperty("State");
            state.GetProperty("Lang").GetString().ShouldBe("en");
            foreach (var chat in Askers) line.ShouldNotContain(chat.ToString(CultureInfo.InvariantCulture));
            line.ShouldNotContain("turnover");
            line.ShouldNotContain("frobnicated");
        }
        bot.Stdout.ShouldNotContain(sim.Token);
    }

    static async Task AskAsync(BotApiSimulator sim, long chat, string question)
    {
        sim.InjectMessage(chat, chat, question);
        await sim.WaitForSentAsync(m => m.ChatId == chat, 1, TimeSpan.FromSeconds(60));
    }

    static string Article(string name) =>
        File.ReadAllText(Path.Combine(Paths.RepoRoot, "tests", "Bot.Sources.Tests", "Fixtures", "articles", name + ".html"));

    async Task<string> ScrapeUntilAsync(string url, Func<string, bool> done, string what)
    {
        var metrics = "";
        await Eventually.TrueAsync(() => done(metrics = _http.GetStringAsync(url).GetAwaiter().GetResult()), what, TimeSpan.FromSeconds(90), () => metrics);
        return metrics;
    }

    static IEnumerable<string> Lines(string metrics, string name) =>
        metrics.Split('\n').Where(l => l.StartsWith(name, StringComparison.Ordinal) && (l.Length == name.Length || l[name.Length] is '{' or ' '));

    static double Number(string line) => double.Parse(line[(line.LastIndexOf(' ') + 1)..], CultureInfo.InvariantCulture);

    static double Total(string metrics, string name) => Lines(metrics, name).Sum(Number);

    /// <summary>The sum of the series of <paramref name="name"/> that carry every one of <paramref name="labels"/>; 0 when none does.</summary>
    static double Value(string metrics, string name, params (string Key, string Value)[] labels) =>
        Lines(metrics, name).Where(l => labels.All(x => l.Contains($"{x.Key}=\"{x.Value}\"", StringComparison.Ordinal))).Sum(Number);

    public void Dispose()
    {
        _http.Dispose();
        _news.Dispose();
        _model.Dispose();
        SQLite.SQLiteAsyncConnection.ResetPool();
        TempStore.DeleteFiles(_db);
        foreach (var f in new[] { _db + ".lock", _db + ".lock.owner" }) File.Delete(f);
    }
}
