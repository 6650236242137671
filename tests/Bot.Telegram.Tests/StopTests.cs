using Bot.TestKit;
using Bot.Telegram.Hosting;
using Bot.Telegram.Tests.Harness;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Telegram.Bot;
using Telegram.Bot.Requests;

namespace Bot.Telegram.Tests;

/// <summary>A stop (SIGTERM, Ctrl+C) is a normal end for the bot, whenever it lands.</summary>
public sealed class StopTests
{
    [Fact]
    public async Task A_stop_that_lands_while_a_poll_reply_is_being_read_ends_polling_normally()
    {
        await using var bot = await BotHarness.StartAsync();
        var worker = bot.Services.GetServices<IHostedService>().OfType<PollingWorker>().Single();
        var client = bot.Services.GetRequiredService<ITelegramBotClient>();
        var armed = 1;
        Task? stopped = null;
        client.OnApiResponseReceived += async (_, args, ct) =>
        {
            if (args.ApiRequestEventArgs.Request is not GetUpdatesRequest || Interlocked.Exchange(ref armed, 0) == 0) return;
            // The reply has arrived; the stop reaches the call before Telegram.Bot reads it (the race SIGTERM hit).
            stopped = Task.Run(bot.StopBotAsync, CancellationToken.None);
            await Task.Delay(Timeout.Infinite, ct).ContinueWith(_ => { }, TaskScheduler.Default);
        };

        await Eventually.TrueAsync(() => stopped is not null, "a poll reply received");
        await stopped!;

        var polling = worker.ExecuteTask!;
        polling.IsCompleted.ShouldBeTrue();
        polling.IsFaulted.ShouldBeFalse(polling.Exception?.GetBaseException().Message);
        bot.Logs.All.ShouldNotContain("getUpdates failed");
    }
}
