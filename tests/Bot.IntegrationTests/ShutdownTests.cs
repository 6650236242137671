using Bot.TelegramSimulator;
using Bot.TestKit;

namespace Bot.IntegrationTests;

/// <summary>How the running bot ends, through the real process: a stop signal is a normal end, a dead worker is not.</summary>
public sealed class ShutdownTests : IDisposable
{
    readonly string _db = Path.Combine(Path.GetTempPath(), $"kzbg-stop-{Guid.NewGuid():N}.db");

    [Theory]
    [InlineData("INT")]
    [InlineData("TERM")]
    public async Task A_stop_signal_ends_the_bot_with_exit_code_0_every_time(string signal)
    {
        await using var sim = await BotApiSimulator.StartAsync();
        for (var run = 1; run <= 2; run++)
        {
            using var bot = BotProcess.Start(_db, sim);
            // This process polling, not a late call of the run before: a signal before its handlers are installed
            // would end it the runtime's way (130, 143), not the bot's.
            await bot.WaitUntilPollingAsync(sim, TimeSpan.FromSeconds(60));

            await bot.SignalAsync(signal);

            (await bot.WaitForExitAsync(TimeSpan.FromSeconds(60))).ShouldBe(0, $"run {run}: {bot.Stderr}");
            bot.Stderr.ShouldNotContain("Unhandled exception");
        }
    }

    [Fact]
    public async Task A_token_telegram_refuses_stops_the_bot_with_exit_2_and_says_so_without_the_token()
    {
        const string refused = "123456789:AAH4c5m7qLr0xS9tUvWyZbD2eFgHiJkLmNo";
        await using var sim = await BotApiSimulator.StartAsync();
        using var bot = BotProcess.Start(_db, sim, new Dictionary<string, string> { ["Telegram__BotToken"] = refused });

        var code = await bot.WaitForExitAsync(TimeSpan.FromSeconds(60));

        code.ShouldBe(2, bot.Stderr);
        bot.Stderr.Trim().Split('\n')[^1].ShouldContain("Telegram refused the bot token (401)");
        (bot.Stdout + bot.Stderr).ShouldNotContain(refused.Split(':')[1]);
    }

    public void Dispose()
    {
        SQLite.SQLiteAsyncConnection.ResetPool();
        TempStore.DeleteFiles(_db);
    }
}
