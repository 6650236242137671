using System.Text.Json;
using System.Text.RegularExpressions;
using Bot.TelegramSimulator;
using Bot.TestKit;

namespace Bot.IntegrationTests;

/// <summary>/metrics and the question log after a scripted Telegram session with the real program.</summary>
public sealed partial class MetricsTests : IDisposable
{
    readonly string _db = Path.Combine(Path.GetTempPath(), $"kzbg-metrics-{Guid.NewGuid():N}.db");
    readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(30) };

    [GeneratedRegex(@"Health endpoints at (?<url>http://[0-9.:]+)")]
    private static partial Regex Announced();

    [Fact]
    public async Task After_a_session_metrics_count_questions_answers_alerts_and_telegram_errors_and_the_json_log_has_one_private_line_per_question()
    {
        await using var sim = await BotApiSimulator.StartAsync();
        // One Bot API failure the bot survives: a command menu it could not register.
        sim.Faults.FailNext("setMyCommands", 1, SimulatedError.InternalServerError);
        using var bot = BotProcess.Start(_db, sim, new Dictionary<string, string>
        {
            ["Health__ListenUrl"] = "http://127.0.0.1:0",
            ["Logging__Format"] = "json",
        });
        await Eventually.TrueAsync(() => Announced().IsMatch(bot.Stdout), "the health address logged", TimeSpan.FromSeconds(60));
        var url = Announced().Match(bot.Stdout).Groups["url"].Value;
        await sim.WaitForCallsAsync("getUpdates", timeout: TimeSpan.FromSeconds(60));

        const long chat = 4_242_001;
        sim.InjectMessage(chat, chat, "What memoranda were signed in Astana on 9 June 2025?");
        await sim.WaitForSentAsync(m => m.ChatId == chat, 1, TimeSpan.FromSeconds(60));
        sim.InjectMessage(chat, chat, "Zqxv wrblt plonk frobnicated?");
        await sim.WaitForSentAsync(m => m.ChatId == chat, 2, TimeSpan.FromSeconds(60));

        var metrics = "";
        await Eventually.TrueAsync(() =>
        {
            metrics = _http.GetStringAsync(url + "/metrics").GetAwaiter().GetResult();
            return Total(metrics, "bot_questions_total") >= 2;
        }, "two questions counted", TimeSpan.FromSeconds(30));

        Total(metrics, "bot_questions_total").ShouldBe(2, metrics);
        metrics.ShouldContain("mode=\"offline\"");
        Total(metrics, "bot_answers_not_found_total").ShouldBe(1, metrics);
        metrics.ShouldContain("bot_answer_duration_seconds_bucket");
        Total(metrics, "bot_answer_duration_seconds_count").ShouldBe(2, metrics);
        metrics.ShouldContain("bot_alerts_backlog");
        metrics.ShouldContain("bot_alerts_total");
        Lines(metrics, "bot_telegram_errors_total").ShouldContain(l => l.Contains("code=\"500\"") && l.Contains("method=\"setMyCommands\""));
        metrics.ShouldNotContain(sim.Token);

        await bot.SignalAsync("TERM");
        await bot.WaitForExitAsync(TimeSpan.FromSeconds(60));
        var answered = bot.Stdout.Split('\n').Where(l => l.Contains("Answered chat", StringComparison.Ordinal)).ToList();
        answered.Count.ShouldBe(2, bot.Stdout);
        foreach (var line in answered)
        {
            using var json = JsonDocument.Parse(line);
            json.RootElement.GetProperty("LogLevel").GetString().ShouldBe("Information");
            var state = json.RootElement.GetProperty("State");
            state.GetProperty("Lang").GetString().ShouldBe("en");
            state.GetProperty("Mode").GetString().ShouldBe("offline");
            line.ShouldNotContain(chat.ToString(System.Globalization.CultureInfo.InvariantCulture));
            line.ShouldNotContain("memoranda");
            line.ShouldNotContain("frobnicated");
        }
        bot.Stdout.ShouldNotContain(sim.Token);
    }

    static IEnumerable<string> Lines(string metrics, string name) =>
        metrics.Split('\n').Where(l => l.StartsWith(name, StringComparison.Ordinal) && (l.Length == name.Length || l[name.Length] is '{' or ' '));

    static double Total(string metrics, string name) =>
        Lines(metrics, name).Sum(l => double.Parse(l[(l.LastIndexOf(' ') + 1)..], System.Globalization.CultureInfo.InvariantCulture));

    public void Dispose()
    {
        _http.Dispose();
        SQLite.SQLiteAsyncConnection.ResetPool();
        TempStore.DeleteFiles(_db);
        foreach (var f in new[] { _db + ".lock", _db + ".lock.owner" }) File.Delete(f);
    }
}
