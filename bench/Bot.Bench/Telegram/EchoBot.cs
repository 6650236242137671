using Telegram.Bot;

namespace Bot.Bench.Telegram;

/// <summary>
/// The baseline: the least a Telegram.Bot bot can do per message (long-poll, send the text back), on the same
/// simulator, so the ratio shows what our answering, storage and rendering cost on top of the Bot API round trips.
/// </summary>
internal sealed class EchoBot(ITelegramBotClient bot)
{
    public async Task RunAsync(CancellationToken ct)
    {
        int? offset = null;
        try
        {
            while (!ct.IsCancellationRequested)
            {
                foreach (var update in await bot.GetUpdates(offset, 100, 1, cancellationToken: ct))
                {
                    offset = update.Id + 1;
                    if (update.Message is { Text: { } text } message) await bot.SendMessage(message.Chat.Id, text, cancellationToken: ct);
                }
            }
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            // the measurement is over
        }
    }
}
