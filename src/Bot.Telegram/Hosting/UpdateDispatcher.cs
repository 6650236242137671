using Bot.Knowledge.Chats;
using Bot.Knowledge.Storage;
using Bot.Knowledge.Text;
using Bot.Answering.Language;
using Bot.Telegram.Localization;
using Bot.Telegram.Rendering;
using Bot.Telegram.Routing;
using Microsoft.Extensions.Logging;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace Bot.Telegram.Hosting;

/// <summary>
/// Turns one Telegram update into a call on the right router, sends what it produced, and records the update as
/// handled. Never throws for a bad update: one broken message must not stop the worker or block the updates behind it.
/// </summary>
/// <remarks>
/// Each update is answered at most once. The router only makes the reply; a busy store makes the dispatcher try the
/// router again, which is safe because nothing has been sent yet. The update is recorded as handled just before its
/// reply goes out, so neither a retry nor a redelivery after a crash (polling resumes at the last confirmed offset,
/// the webhook inbox keeps what was not finished) can send it twice. The price: a crash in the instant between that
/// record and Telegram's answer loses that one reply, which the user can ask again; a duplicate could not be taken back.
/// </remarks>
public sealed class UpdateDispatcher(
    MessageRouter messages, CallbackRouter callbacks, ChatDirectory chats, BotIdentity identity, ReplySender sender, LedgerRecorder recorder,
    TimeProvider clock, ILogger<UpdateDispatcher> logger)
{
    /// <summary>
    /// How often an update that found the store busy is tried in all. Each attempt already waited out the store's busy
    /// timeout; with the pauses between them the update is given about a minute before the user is asked to try later.
    /// </summary>
    public const int BusyAttempts = 5;

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
        var outgoing = await HandleWithRetriesAsync(update, ct);
        await recorder.MarkHandledAsync(update.Id, ct);
        if (outgoing is null) return;
        try
        {
            await sender.SendAsync(outgoing.ChatId, outgoing.Reply, ct);
        }
        catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            logger.LogError(e, "The reply to update {UpdateId} could not be sent", update.Id);
        }
    }

    /// <returns>The reply to send, or null when there is none or the update could not be handled.</returns>
    async Task<Outgoing?> HandleWithRetriesAsync(Update update, CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await HandleAsync(update, ct);
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested)
            {
                throw;
            }
            catch (Exception e) when (StoreBusy.IsBusy(e) && attempt < BusyAttempts)
            {
                // Another connection holds the store: this update is tried again, never skipped for it.
                logger.LogWarning("The store is busy; update {UpdateId} is tried again (attempt {Attempt} of {Attempts})", update.Id, attempt + 1, BusyAttempts);
                if (attempt == 1) await TellAsync(update, "store_busy", ct);
                await Task.Delay(TimeSpan.FromSeconds(1 << (attempt - 1)), clock, ct);
            }
            catch (Exception e)
            {
                logger.LogError(e, "Update {UpdateId} could not be handled; skipping it", update.Id);
                if (StoreBusy.IsBusy(e)) await TellAsync(update, "store_busy_gave_up", ct);
                return null;
            }
        }
    }

    async Task<Outgoing?> HandleAsync(Update update, CancellationToken ct)
    {
        switch (update)
        {
            case { Message: { } message }:
                return await OnMessageAsync(message, ct);
            case { CallbackQuery: { } query }:
                return await callbacks.RouteAsync(query, ct);
            case { MyChatMember: { } member }:
                OnMembershipChanged(member);
                return null;
            default:
                return null;
        }
    }

    /// <summary>A notice to the user the update came from, in their Telegram language (the store, busy, cannot say theirs).</summary>
    async Task TellAsync(Update update, string key, CancellationToken ct)
    {
        var (chatId, from) = update switch
        {
            { Message: { From: { IsBot: false } user } m } => (m.Chat.Id, user),
            { CallbackQuery: { Message: { } m } q } => (m.Chat.Id, q.From),
            _ => (0L, null),
        };
        if (from is null) return;
        var lang = LanguageChooser.Normalize(from.LanguageCode) ?? "en";
        try
        {
            await sender.SendAsync(chatId, Reply.Text(Html.Escape(BotTexts.Get(lang, key))), ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogDebug(e, "The busy notice to chat {ChatId} failed", chatId);
        }
    }

    async Task<Outgoing?> OnMessageAsync(Message message, CancellationToken ct)
    {
        if (message.MigrateToChatId is { } target)
        {
            chats.Migrate(message.Chat.Id, target);
            logger.LogInformation("Chat {From} became supergroup {To}; its subscriptions moved", message.Chat.Id, target);
            return null;
        }
        if (message.From is null || message.From.IsBot) return null;
        // Whatever a user sends is data: cleaned once here, for polling and webhook alike, before any rule reads it.
        var text = TextSanitizer.CleanQuestion(message.Text ?? message.Caption);
        if (text.Length == 0 && message.Document is null) return null;
        var incoming = new Incoming(
            message.Chat.Id, ChatTypeName(message.Chat.Type), message.Chat.Title, message.From.Id, message.From.LanguageCode,
            message.MessageId, text, message.ReplyToMessage?.From?.Id == identity.Id,
            message.Document?.FileId, message.Document?.FileName);
        return await messages.RouteAsync(incoming, ct);
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
