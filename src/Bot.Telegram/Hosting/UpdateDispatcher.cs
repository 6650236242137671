using Bot.Knowledge.Chats;
using Bot.Knowledge.Text;
using Bot.Telegram.Routing;
using Microsoft.Extensions.Logging;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace Bot.Telegram.Hosting;

/// <summary>
/// Turns one Telegram update into a call on the right router. Never throws for a bad update: one broken message
/// must not stop the worker or block the updates behind it.
/// </summary>
public sealed class UpdateDispatcher(MessageRouter messages, CallbackRouter callbacks, ChatDirectory chats, BotIdentity identity, ILogger<UpdateDispatcher> logger)
{
    /// <summary>How long an update already being handled may take to finish once the host is stopping.</summary>
    public static readonly TimeSpan StopGrace = TimeSpan.FromSeconds(10);

    /// <summary>
    /// Handles an update to the end even when the host starts stopping meanwhile (within <see cref="StopGrace"/>):
    /// cutting a reply off after Telegram accepted it would leave the update unrecorded and answered twice.
    /// </summary>
    public async Task DispatchToCompletionAsync(Update update, CancellationToken stoppingToken)
    {
        using var handling = new CancellationTokenSource();
        await using var grace = stoppingToken.Register(() => handling.CancelAfter(StopGrace));
        await DispatchAsync(update, handling.Token);
    }

    /// <summary>The chat an update belongs to: updates of one chat are handled in order.</summary>
    public static long ChatOf(Update update) =>
        update.Message?.Chat.Id ?? update.CallbackQuery?.Message?.Chat.Id ?? update.MyChatMember?.Chat.Id ?? update.CallbackQuery?.From.Id ?? 0;

    public async Task DispatchAsync(Update update, CancellationToken ct)
    {
        try
        {
            switch (update)
            {
                case { Message: { } message }:
                    await OnMessageAsync(message, ct);
                    break;
                case { CallbackQuery: { } query }:
                    await callbacks.RouteAsync(query, ct);
                    break;
                case { MyChatMember: { } member }:
                    OnMembershipChanged(member);
                    break;
            }
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception e)
        {
            logger.LogError(e, "Update {UpdateId} could not be handled; skipping it", update.Id);
        }
    }

    async Task OnMessageAsync(Message message, CancellationToken ct)
    {
        if (message.MigrateToChatId is { } target)
        {
            chats.Migrate(message.Chat.Id, target);
            logger.LogInformation("Chat {From} became supergroup {To}; its subscriptions moved", message.Chat.Id, target);
            return;
        }
        if (message.From is null || message.From.IsBot) return;
        // Whatever a user sends is data: cleaned once here, for polling and webhook alike, before any rule reads it.
        var text = TextSanitizer.CleanQuestion(message.Text ?? message.Caption);
        if (text.Length == 0 && message.Document is null) return;
        var incoming = new Incoming(
            message.Chat.Id, ChatTypeName(message.Chat.Type), message.Chat.Title, message.From.Id, message.From.LanguageCode,
            message.MessageId, text, message.ReplyToMessage?.From?.Id == identity.Id,
            message.Document?.FileId, message.Document?.FileName);
        await messages.RouteAsync(incoming, ct);
    }

    /// <summary>Blocked or removed: alerts stop until the chat writes /start again.</summary>
    void OnMembershipChanged(ChatMemberUpdated update)
    {
        if (update.NewChatMember.Status is ChatMemberStatus.Kicked or ChatMemberStatus.Left)
            chats.Deactivate(update.Chat.Id, "bot removed from the chat");
    }

    static string ChatTypeName(ChatType type) => type switch
    {
        ChatType.Private => "private",
        ChatType.Group => "group",
        ChatType.Supergroup => "supergroup",
        ChatType.Channel => "channel",
        _ => type.ToString().ToLowerInvariant(),
    };
}
