using Bot.Knowledge;
using Bot.TelegramSimulator;
using Bot.TelegramSimulator.Recording;
using Bot.TestKit;

namespace Bot.IntegrationTests;

/// <summary>`run`: the real program as the operator starts it, against the Bot API simulator, killed as a crash would kill it.</summary>
public sealed class RunVerbTests : IDisposable
{
    readonly string _db = Path.Combine(Path.GetTempPath(), $"kzbg-run-{Guid.NewGuid():N}.db");
    readonly TempFolder _files = new();

    [Fact]
    public async Task Without_a_token_run_says_what_to_set_in_one_line_and_exits_2()
    {
        var r = await CliRunner.RunAsync(["--db", _db, "run"], env: new Dictionary<string, string> { ["Telegram__BotToken"] = "" });

        r.ExitCode.ShouldBe(2);
        r.Stderr.Trim().Split('\n').ShouldHaveSingleItem();
        r.Stderr.ShouldContain("Telegram__BotToken");
        r.Stderr.ShouldContain("offline");
    }

    [Fact]
    public async Task A_malformed_token_is_refused_without_echoing_it()
    {
        var r = await CliRunner.RunAsync(["--db", _db], env: new Dictionary<string, string> { ["Telegram__BotToken"] = "not-a-token-SECRET123" });

        r.ExitCode.ShouldBe(2);
        r.Stderr.ShouldContain("does not look like a bot token");
        r.Stderr.ShouldNotContain("SECRET123");
    }

    [Fact]
    public async Task A_bot_process_killed_during_fan_out_loses_no_alert_after_restart()
    {
        await using var sim = await BotApiSimulator.StartAsync();
        long[] chats = [.. Enumerable.Range(1, 40).Select(i => 700_000L + i)];
        using var bot = StartBot(sim);
        // The bot creates and seeds the store; this test then works on it as a second process would.
        await sim.WaitForCallsAsync("getUpdates", timeout: TimeSpan.FromSeconds(60));
        using var store = new TestStores(_db);
        foreach (var chat in chats)
        {
            store.Chats.Touch(chat, "private", null, reactivate: true);
            store.Subscriptions.Add(chat, "all", "", "all");
        }
        var ingest = await CliRunner.RunAsync(["--db", _db, "ingest", WriteDocument()]);
        ingest.ExitCode.ShouldBe(0, ingest.Stderr);
        await sim.WaitForSentAsync(IsAlert, 10, TimeSpan.FromSeconds(60));
        // SIGKILL in the middle of the fan-out: no shutdown code runs.
        await bot.KillAsync();
        // Claimed but never recorded: only these may have reached Telegram without the bot knowing.
        HashSet<long> inFlightAtKill = [.. store.Db.Connection.QueryScalars<long>("SELECT chat_id FROM outbox WHERE state = 'sending'")];
        sim.Sent.Count(IsAlert).ShouldBeLessThan(chats.Length);

        var calls = sim.CallCount("getUpdates");
        using (var restarted = StartBot(sim))
        {
            await sim.WaitForSentAsync(IsAlert, chats.Length, TimeSpan.FromSeconds(60));
            await Eventually.TrueAsync(() => store.Outbox.Backlog() == 0, "every alert recorded", TimeSpan.FromSeconds(60));
            await restarted.KillAsync();
        }

        calls.ShouldBeGreaterThan(0);
        // At least once for every chat; twice only where the kill left the send's outcome unrecorded.
        foreach (var chat in chats)
            sim.Sent.Count(m => m.ChatId == chat && IsAlert(m)).ShouldBeInRange(1, inFlightAtKill.Contains(chat) ? 2 : 1, $"chat {chat}");
    }

    static bool IsAlert(SentMessage m) => m.Text.Contains("🆕", StringComparison.Ordinal);

    BotProcess StartBot(BotApiSimulator sim) => BotProcess.Start(_db, sim, new Dictionary<string, string>
    {
        ["Alerts__GlobalPerSecond"] = "5",
        ["Alerts__IdlePoll"] = "00:00:00.200",
    });

    string WriteDocument() => _files.Write("rail.md", """
        ---
        title: Kazakhstan and Bulgaria sign a memorandum on rail freight
        date: 2026-11-20
        source: https://news.example.org/2026/11/20/kz-bg-rail
        lang: en
        ---
        On 20 November 2026 in Sofia, Kazakhstan Temir Zholy and Bulgarian State Railways signed a memorandum of understanding on cooperation in rail freight transport.
        """);

    public void Dispose()
    {
        _files.Dispose();
        SQLite.SQLiteAsyncConnection.ResetPool();
        TempStore.DeleteFiles(_db);
    }
}
