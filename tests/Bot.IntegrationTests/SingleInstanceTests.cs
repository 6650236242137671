using Bot.TelegramSimulator;
using Bot.TestKit;

namespace Bot.IntegrationTests;

/// <summary>One bot per store and token: a second `run` is refused at once, and Telegram's 409 is explained once.</summary>
public sealed class SingleInstanceTests : IDisposable
{
    readonly string _db = Path.Combine(Path.GetTempPath(), $"kzbg-single-{Guid.NewGuid():N}.db");

    [Fact]
    public async Task A_second_run_on_the_same_store_exits_2_naming_the_running_bot()
    {
        await using var sim = await BotApiSimulator.StartAsync();
        using var first = BotProcess.Start(_db, sim);
        await first.WaitUntilPollingAsync(sim, TimeSpan.FromSeconds(60));

        var second = await CliRunner.RunAsync(["--db", _db, "run"], env: new Dictionary<string, string>
        {
            ["Telegram__BotToken"] = sim.Token,
            ["Telegram__ApiBaseUrl"] = sim.BaseUrl,
        });

        second.ExitCode.ShouldBe(2);
        second.Stderr.Trim().Split('\n').ShouldHaveSingleItem();
        second.Stderr.ShouldContain($"pid {first.Pid}");
        second.Stderr.ShouldNotContain(sim.Token);
        await first.SignalAsync("TERM");
        (await first.WaitForExitAsync(TimeSpan.FromSeconds(60))).ShouldBe(0, first.Stdout + first.Stderr);
    }

    [Fact]
    public async Task After_the_running_bot_is_killed_a_new_run_starts()
    {
        await using var sim = await BotApiSimulator.StartAsync();
        using (var crashed = BotProcess.Start(_db, sim))
        {
            await sim.WaitForCallsAsync("getUpdates", timeout: TimeSpan.FromSeconds(60));
            await crashed.KillAsync();
        }
        using var restarted = BotProcess.Start(_db, sim);
        await restarted.WaitUntilPollingAsync(sim, TimeSpan.FromSeconds(60));
        await restarted.SignalAsync("TERM");
        (await restarted.WaitForExitAsync(TimeSpan.FromSeconds(60))).ShouldBe(0, restarted.Stderr);
    }

    [Fact]
    public async Task A_409_from_telegram_is_logged_once_with_what_it_means()
    {
        await using var sim = await BotApiSimulator.StartAsync();
        sim.Faults.FailNext("getUpdates", 3, new SimulatedError(409, "Conflict: terminated by other getUpdates request; make sure that only one bot instance is running"));
        using var bot = BotProcess.Start(_db, sim);
        // Three refused polls, then a fourth that works.
        await sim.WaitForCallsAsync("getUpdates", 4, TimeSpan.FromSeconds(90));
        await bot.SignalAsync("TERM");
        await bot.WaitForExitAsync(TimeSpan.FromSeconds(60));

        var output = bot.Stdout + bot.Stderr;
        output.Split('\n').Count(l => l.Contains("409", StringComparison.Ordinal)).ShouldBe(1, output);
        output.ShouldContain("another process is receiving updates for this bot token");
    }

    public void Dispose()
    {
        SQLite.SQLiteAsyncConnection.ResetPool();
        TempStore.DeleteFiles(_db);
        foreach (var f in new[] { _db + ".lock", _db + ".lock.owner" }) File.Delete(f);
    }
}
