using Bot.Knowledge.Chats;
using Bot.Knowledge.Observability;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace Bot.Telegram.Hosting;

/// <summary>
/// Long polling. Resumes after the last fully handled batch, so whatever arrived while the bot was down is
/// answered, each once: the dispatcher records every update as handled, and one that comes again is skipped.
/// </summary>
public sealed class PollingWorker(
    ITelegramBotClient bot, BotStartup startup, UpdateDispatcher dispatcher, UpdateLedger ledger, LedgerRecorder recorder, TimeProvider clock,
    IOptions<TelegramOptions> options, WorkerHeartbeats heartbeats, ILogger<PollingWorker> logger) : BackgroundService
{
    static readonly UpdateType[] Wanted = [UpdateType.Message, UpdateType.CallbackQuery, UpdateType.MyChatMember];

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await PollAsync(stoppingToken);
        }
        catch (Exception e) when (TelegramErrors.IsStop(e, stoppingToken))
        {
            // A stop is a normal end, even when it cut a Bot API call short.
        }
    }

    async Task PollAsync(CancellationToken stoppingToken)
    {
        await startup.RunAsync(stoppingToken);
        await EnsureNoWebhookAsync(stoppingToken);
        var offset = ledger.NextOffset();
        var retry = TelegramRetry.Forever("getUpdates", clock, logger);
        while (!stoppingToken.IsCancellationRequested)
        {
            Update[] updates;
            try
            {
                updates = await retry.ExecuteAsync(async t => await bot.GetUpdates((int?)offset, 100, options.Value.LongPollSeconds, Wanted, t), stoppingToken);
                heartbeats.Beat(nameof(PollingWorker), TimeSpan.FromSeconds(options.Value.LongPollSeconds));
            }
            catch (Exception e) when (TelegramErrors.IsStop(e, stoppingToken))
            {
                return;
            }
            catch (Exception e) when (TelegramErrors.Classify(e) == FailureKind.Unauthorized)
            {
                // The token was revoked while the bot ran: no retry can help, so the bot stops and says why.
                throw new BotTokenRefusedException();
            }
            if (updates.Length == 0) continue;
            await HandleBatchAsync(updates, stoppingToken);
            offset = updates[^1].Id + 1;
            await recorder.ConfirmAsync(offset.Value, stoppingToken);
        }
    }

    /// <summary>
    /// Chats are answered in parallel, each chat's updates in order. What runs in a store transaction (an admin's
    /// /ingest, a group migration) runs it on a connection of its own, so chats never need to wait for one another.
    /// </summary>
    async Task HandleBatchAsync(Update[] updates, CancellationToken stoppingToken)
    {
        var pending = updates.Where(u => !ledger.IsHandled(u.Id)).ToList();
        var byChat = pending.GroupBy(UpdateDispatcher.ChatOf).Select(g => g.ToList()).ToList();
        await Parallel.ForEachAsync(byChat, new ParallelOptions { MaxDegreeOfParallelism = options.Value.MaxConcurrentChats }, async (chatUpdates, _) =>
        {
            foreach (var update in chatUpdates)
            {
                await dispatcher.DispatchToCompletionAsync(update, stoppingToken);
            }
        });
    }

    /// <summary>getUpdates is refused while a webhook is set (e.g. left from a webhook deployment); pending updates are kept.</summary>
    async Task EnsureNoWebhookAsync(CancellationToken ct)
    {
        try
        {
            await bot.DeleteWebhook(dropPendingUpdates: false, ct);
        }
        catch (Exception e) when (e is not OperationCanceledException && !TelegramErrors.IsStop(e, ct))
        {
            logger.LogWarning("deleteWebhook failed ({Reason}); polling anyway", TelegramErrors.Describe(e));
        }
    }
}
