using Bot.Knowledge;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace Bot.Telegram.Hosting;

/// <summary>
/// Long polling. Resumes after the last update recorded as handled, so whatever arrived while the bot was down is
/// answered, each once; updates are handled one at a time, in order, and recorded right after handling.
/// </summary>
public sealed class PollingWorker(
    ITelegramBotClient bot, BotStartup startup, UpdateDispatcher dispatcher, KnowledgeStore store, TimeProvider clock,
    IOptions<TelegramOptions> options, IHostApplicationLifetime lifetime, ILogger<PollingWorker> logger) : BackgroundService
{
    static readonly UpdateType[] Wanted = [UpdateType.Message, UpdateType.CallbackQuery, UpdateType.MyChatMember];

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!await startup.RunAsync(stoppingToken))
        {
            Environment.ExitCode = 2;
            lifetime.StopApplication();
            return;
        }
        await EnsureNoWebhookAsync(stoppingToken);
        var offset = store.Updates.NextOffset();
        var backoff = new Backoff(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(30));
        while (!stoppingToken.IsCancellationRequested)
        {
            Update[] updates;
            try
            {
                updates = await bot.GetUpdates((int?)offset, 100, options.Value.LongPollSeconds, Wanted, stoppingToken);
                backoff.Reset();
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                var wait = TelegramErrors.RetryAfter(e) ?? backoff.Next();
                logger.LogWarning("getUpdates failed ({Reason}); polling again in {Seconds:0.#} s", TelegramErrors.Describe(e), wait.TotalSeconds);
                await Task.Delay(wait, clock, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
                continue;
            }
            foreach (var update in updates)
            {
                // A webhook redelivery or an overlap after a crash: recorded updates are not answered twice.
                if (!store.Updates.IsHandled(update.Id))
                {
                    await dispatcher.DispatchToCompletionAsync(update, stoppingToken);
                    store.Updates.MarkHandled(update.Id);
                }
                offset = update.Id + 1;
            }
        }
    }

    /// <summary>getUpdates is refused while a webhook is set (e.g. left from a webhook deployment); pending updates are kept.</summary>
    async Task EnsureNoWebhookAsync(CancellationToken ct)
    {
        try
        {
            await bot.DeleteWebhook(dropPendingUpdates: false, ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogWarning("deleteWebhook failed ({Reason}); polling anyway", TelegramErrors.Describe(e));
        }
    }
}
