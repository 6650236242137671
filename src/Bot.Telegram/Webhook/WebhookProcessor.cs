using Bot.Knowledge.Chats;
using Bot.Telegram.Hosting;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Types.Enums;

namespace Bot.Telegram.Webhook;

/// <summary>
/// Webhook mode: registers the webhook with its secret, then handles the inbox's updates one at a time, oldest first —
/// those a crash left there before anything new. An update already recorded as handled is only removed.
/// </summary>
public sealed class WebhookProcessor(
    ITelegramBotClient bot, BotStartup startup, UpdateDispatcher dispatcher, WebhookInbox inbox, UpdateLedger ledger, LedgerRecorder recorder,
    IOptions<TelegramOptions> options, ILogger<WebhookProcessor> logger) : BackgroundService
{
    /// <summary>How often the inbox is looked at without a new update: a store the endpoint could not reach at once.</summary>
    static readonly TimeSpan IdlePoll = TimeSpan.FromSeconds(5);

    // Handled here but still in the inbox because the store was busy when it was to be removed: never handled twice.
    readonly HashSet<long> _handledHere = [];

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await ProcessAsync(stoppingToken);
        }
        catch (Exception e) when (TelegramErrors.IsStop(e, stoppingToken))
        {
            // A stop is a normal end, even when it cut a Bot API call short.
        }
    }

    async Task ProcessAsync(CancellationToken stoppingToken)
    {
        await startup.RunAsync(stoppingToken);
        var webhook = options.Value.Webhook;
        await bot.SetWebhook(webhook.Url, allowedUpdates: [UpdateType.Message, UpdateType.CallbackQuery, UpdateType.MyChatMember],
            dropPendingUpdates: false, secretToken: webhook.SecretToken, cancellationToken: stoppingToken);
        logger.LogInformation("Webhook registered; listening on {Listen}", webhook.ListenUrl);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await HandleWaitingAsync(stoppingToken);
            }
            catch (SQLite.SQLiteException e)
            {
                // The store could not be read: the updates stay in the inbox, and the processor must not die for it.
                logger.LogError(e, "Could not read the webhook inbox; retrying");
                await Task.Delay(IdlePoll, stoppingToken);
            }
        }
    }

    async Task HandleWaitingAsync(CancellationToken stoppingToken)
    {
        var waiting = inbox.Waiting(100);
        if (waiting.All(w => _handledHere.Contains(w.Id)))
        {
            await inbox.WaitAsync(IdlePoll, stoppingToken);
            foreach (var id in waiting.Select(w => w.Id)) await ForgetAsync(id, stoppingToken);
            return;
        }
        foreach (var (id, update) in waiting)
        {
            if (update is not null && !_handledHere.Contains(id) && !ledger.IsHandled(id))
                await dispatcher.DispatchToCompletionAsync(update, stoppingToken);
            _handledHere.Add(id);
            await ForgetAsync(id, stoppingToken);
        }
    }

    async Task ForgetAsync(long id, CancellationToken ct)
    {
        if (await recorder.ForgetAsync(id, ct)) _handledHere.Remove(id);
    }
}
