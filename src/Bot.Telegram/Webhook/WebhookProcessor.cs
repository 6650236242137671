using Bot.Knowledge.Chats;
using Bot.Telegram.Hosting;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Types.Enums;

namespace Bot.Telegram.Webhook;

/// <summary>
/// Webhook mode: registers the webhook with its secret, then handles queued updates one at a time, skipping any
/// update_id already recorded as handled (Telegram redelivers when it did not get a 200 in time).
/// </summary>
public sealed class WebhookProcessor(
    ITelegramBotClient bot, BotStartup startup, UpdateDispatcher dispatcher, WebhookInbox inbox, UpdateLedger ledger, LedgerRecorder recorder,
    IOptions<TelegramOptions> options, ILogger<WebhookProcessor> logger) : BackgroundService
{
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
        await foreach (var update in inbox.ReadAllAsync(stoppingToken))
        {
            if (ledger.IsHandled(update.Id)) continue;
            await dispatcher.DispatchToCompletionAsync(update, stoppingToken);
            await recorder.MarkHandledAsync(update.Id, stoppingToken);
        }
    }
}
