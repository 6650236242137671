using Bot.TelegramSimulator;
using Bot.TelegramSimulator.Updates;
using Bot.TestKit;

namespace Bot.IntegrationTests;

/// <summary>
/// The real program in webhook mode, killed (SIGKILL) while updates it acknowledged with 200 were still waiting and while
/// Telegram had accepted a reply whose answer had not come back: after a restart every update is answered, none twice.
/// </summary>
public sealed class WebhookCrashTests : IDisposable
{
    readonly string _db = Path.Combine(Path.GetTempPath(), $"kzbg-webhook-{Guid.NewGuid():N}.db");

    [Fact]
    public async Task A_kill_after_the_200_loses_no_update_and_answers_none_twice()
    {
        await using var sim = await BotApiSimulator.StartAsync();
        var settings = Webhook(ListenPort.Free());
        const long first = 7701, second = 7702;
        InjectedMessage b;
        // Telegram takes the first reply at once but answers only much later: the bot is killed before it hears back.
        sim.Faults.SetLateAnswers(TimeSpan.FromMinutes(5), "sendMessage");
        using (var bot = BotProcess.Start(_db, sim, settings))
        {
            await Eventually.TrueAsync(() => sim.WebhookUrl is not null, "the webhook registered", TimeSpan.FromSeconds(60));
            var a = sim.InjectMessage(first, first, "/help");
            await sim.WaitForSentAsync(m => m.ChatId == first, 1, TimeSpan.FromSeconds(60));
            // Acknowledged with 200 while the bot is still busy with the first update: it waits in the inbox.
            b = sim.InjectMessage(second, second, "/help");
            await sim.WaitForWebhookDeliveriesAsync(d => d.UpdateId == b.UpdateId && d.Succeeded, 1, TimeSpan.FromSeconds(60));
            sim.WebhookDeliveries.ShouldContain(d => d.UpdateId == a.UpdateId && d.Succeeded);

            await bot.KillAsync();
        }
        var killedAt = DateTimeOffset.UtcNow;
        sim.Faults.Reset();
        sim.Sent.Count(m => m.ChatId == second).ShouldBe(0, "not handled before the kill");

        using (var bot = BotProcess.Start(_db, sim, settings))
        {
            await sim.WaitForSentAsync(m => m.ChatId == second, 1, TimeSpan.FromSeconds(60));
            // Updates are handled in order: once this later one is answered, a second answer to the first would be out.
            sim.InjectMessage(first, first, "/start");
            await sim.WaitForSentAsync(m => m.ChatId == first, 2, TimeSpan.FromSeconds(60));

            sim.Sent.Count(m => m.ChatId == first).ShouldBe(2, "the first /help once, then /start");
            sim.Sent.Count(m => m.ChatId == second).ShouldBe(1);
            // Telegram had its 200 for the second update before the kill and never sent it again: the bot's store kept it.
            sim.WebhookDeliveries.Where(d => d.UpdateId == b.UpdateId && d.Succeeded).ShouldAllBe(d => d.Timestamp < killedAt);
            await bot.SignalAsync("TERM");
            (await bot.WaitForExitAsync(TimeSpan.FromSeconds(60))).ShouldBe(0, bot.Stderr);
        }
    }

    static Dictionary<string, string> Webhook(int port) => new()
    {
        ["Telegram__Webhook__Url"] = $"http://127.0.0.1:{port}/hook",
        ["Telegram__Webhook__ListenUrl"] = $"http://127.0.0.1:{port}",
        ["Telegram__Webhook__SecretToken"] = "crash-Test_1",
    };


    public void Dispose()
    {
        SQLite.SQLiteAsyncConnection.ResetPool();
        TempStore.DeleteFiles(_db);
    }
}
