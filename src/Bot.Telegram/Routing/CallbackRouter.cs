using Bot.Knowledge.Alerts;
using Bot.Knowledge.Chats;
using Bot.Knowledge.Storage;
using Bot.Telegram.Commands;
using Bot.Telegram.Localization;
using Bot.Telegram.Rendering;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Types;

namespace Bot.Telegram.Routing;

/// <summary>
/// Inline buttons: example questions, language choice, agreement pages, subscription removal, sources.
/// Every callback query is answered, even when handling it fails, so the button stops spinning — except when the store
/// was busy: then the dispatcher tries the whole query again, and that attempt answers it.
/// </summary>
public sealed class CallbackRouter(
    QuestionService questions, ChatDirectory chats, SubscriptionBook subscriptions, ITelegramBotClient bot, GroupAdmins admins,
    LangHandler languages, AgreementsHandler agreements, SubscriptionsHandler subscriptionList, SourcesHandler sources,
    IOptions<TelegramOptions> options, ILogger<CallbackRouter> logger)
{
    public async Task<Outgoing?> RouteAsync(CallbackQuery query, CancellationToken ct)
    {
        Outgoing? outgoing = null;
        try
        {
            if (query.Message is { } message && query.Data is { } data && await HandleAsync(query, message, data, ct) is { } reply)
                outgoing = new Outgoing(message.Chat.Id, reply);
        }
        // A busy store is no failure of this button: the dispatcher tries it again, and that attempt answers the query.
        catch (Exception e) when (StoreBusy.IsBusy(e))
        {
            throw;
        }
        catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            logger.LogError(e, "Handling callback {Data} failed", query.Data);
        }
        try { await bot.AnswerCallbackQuery(query.Id, cancellationToken: ct); }
        catch (Exception e) when (e is not OperationCanceledException) { logger.LogDebug(e, "answerCallbackQuery failed"); }
        return outgoing;
    }

    async Task<Reply?> HandleAsync(CallbackQuery query, Message message, string data, CancellationToken ct)
    {
        var chat = chats.Touch(message.Chat.Id, message.Chat.Type.ToString().ToLowerInvariant(), message.Chat.Title, reactivate: false);
        var incoming = new Incoming(message.Chat.Id, chat.Type, message.Chat.Title, query.From.Id, query.From.LanguageCode, message.MessageId, "", false, null, null);
        var lang = LanguageResolver.For(chat, incoming);
        var ctx = new HandlerContext(incoming, chat, lang, "", options.Value.AdminIds.Contains(query.From.Id));
        var parts = data.Split(':');
        Reply? reply = parts[0] switch
        {
            "ex" when int.TryParse(parts.ElementAtOrDefault(1), out var i) && i >= 0 && i < BotTexts.Examples(lang).Count
                => await questions.AnswerAsync(ctx, BotTexts.Examples(lang)[i], ct),
            "lang" when Answering.Language.LanguageChooser.Normalize(parts.ElementAtOrDefault(1)) is { } l => languages.Set(ctx, l),
            "agr" when int.TryParse(parts.ElementAtOrDefault(1), out var page) =>
                agreements.Page(ctx, parts.ElementAtOrDefault(2) is { } d && d != "-" ? d : null, page, message.MessageId),
            "unsub" => await UnsubscribeAsync(ctx, data, message.MessageId, ct),
            "src" => sources.Render(ctx),
            _ => null,
        };
        return reply;
    }

    async Task<Reply?> UnsubscribeAsync(HandlerContext ctx, string data, int messageId, CancellationToken ct)
    {
        if (ctx.Message.IsGroup && !await admins.IsAdminAsync(ctx.ChatId, ctx.Message.UserId, ct))
            return Reply.Text(Html.Escape(BotTexts.Get(ctx.Lang, "group_admin_only")));
        switch (data)
        {
            case UnsubscribeCallbacks.AskAll:
                return SubscriptionsHandler.ConfirmAll(ctx, messageId);
            case UnsubscribeCallbacks.RemoveAll:
                subscriptions.RemoveAll(ctx.ChatId);
                return Reply.Text(Html.Escape(BotTexts.Get(ctx.Lang, "unsubscribed_all"))) with { EditMessageId = messageId };
            case UnsubscribeCallbacks.Keep:
                return subscriptionList.Render(ctx, messageId);
        }
        if (data.Length <= "unsub:".Length || !long.TryParse(data.AsSpan("unsub:".Length), out var id)) return null;
        subscriptions.RemoveById(ctx.ChatId, id);
        return subscriptionList.Render(ctx, messageId);
    }
}
