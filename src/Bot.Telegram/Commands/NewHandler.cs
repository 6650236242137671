using Bot.Knowledge.Chats;
using Bot.Telegram.Conversation;
using Bot.Telegram.Localization;
using Bot.Telegram.Rendering;
using Bot.Telegram.Routing;

namespace Bot.Telegram.Commands;

/// <summary>/new — starts the chat's conversation over: the follow-up context and the stored history are both forgotten.</summary>
public sealed class NewHandler(ConversationStates conversations, ConversationHistory history) : ICommandHandler
{
    public string Command => "new";

    public Task<Reply?> HandleAsync(HandlerContext ctx, CancellationToken ct)
    {
        conversations.Reset(ctx.ChatId);
        history.Clear(ConversationStates.KeyFor(ctx.ChatId));
        return Task.FromResult<Reply?>(Reply.Text(Html.Escape(BotTexts.Get(ctx.Lang, "new_conversation"))));
    }
}
