using Bot.Knowledge.Chats;
using Bot.Knowledge.Storage;
using Bot.Telegram.Commands;
using Bot.Telegram.Localization;
using Bot.Telegram.Rendering;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.Telegram.Routing;

/// <summary>
/// Thin router: decides whether a message is for the bot and which handler takes it, and returns the handler's reply
/// for the dispatcher to send. Any failure becomes a polite localized message; exception text never reaches a chat.
/// </summary>
public sealed class MessageRouter(
    IEnumerable<ICommandHandler> handlers, QuestionService questions, ChatDirectory chats,
    BotIdentity identity, IOptions<TelegramOptions> options, ILogger<MessageRouter> logger)
{
    readonly Dictionary<string, ICommandHandler> _handlers = handlers.ToDictionary(h => h.Command, StringComparer.Ordinal);

    public async Task<Outgoing?> RouteAsync(Incoming m, CancellationToken ct)
    {
        var command = CommandLine.Parse(m.Text);
        if (!Addressing.IsForUs(m, command, identity.Username, _handlers.ContainsKey)) return null;
        var chat = chats.Touch(m.ChatId, m.ChatType, m.ChatTitle, reactivate: command?.Command == "start" || !m.IsGroup);
        var lang = LanguageResolver.For(chat, m);
        // Alerts have no message to take a language from: they use the one this chat writes in.
        if (chat.SeenLanguage != lang) chats.SetSeenLanguage(m.ChatId, lang);
        var isAdmin = options.Value.AdminIds.Contains(m.UserId);
        var ctx = new HandlerContext(m, chat, lang, command?.Argument ?? Addressing.StripMention(m.Text, identity.Username), isAdmin);
        Reply? reply;
        try
        {
            reply = await HandleAsync(ctx, command, ct);
        }
        // A busy store is no failure of this message: the dispatcher tries it again.
        catch (Exception e) when ((e is not OperationCanceledException || !ct.IsCancellationRequested) && !StoreBusy.IsBusy(e))
        {
            logger.LogError(e, "Handling a message in chat {ChatId} failed", m.ChatId);
            reply = Reply.Text(Html.Escape(BotTexts.Get(lang, "error")));
        }
        return reply is null ? null : new Outgoing(m.ChatId, reply);
    }

    async Task<Reply?> HandleAsync(HandlerContext ctx, CommandLine? command, CancellationToken ct)
    {
        if (command is null)
        {
            if (ctx.Argument.Length == 0 && ctx.Message.DocumentFileId is null) return null;
            return await questions.AnswerAsync(ctx, ctx.Argument, ct);
        }
        if (!_handlers.TryGetValue(command.Command, out var handler)) return Reply.Text(Html.Escape(BotTexts.Get(ctx.Lang, "unknown_command")));
        if (handler.AdminOnly && !ctx.IsBotAdmin) return Reply.Text(Html.Escape(BotTexts.Get(ctx.Lang, "not_admin")));
        return await handler.HandleAsync(ctx, ct);
    }
}
