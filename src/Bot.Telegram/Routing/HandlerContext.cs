using Bot.Knowledge;
using Bot.Knowledge.Chats;

namespace Bot.Telegram.Routing;

/// <summary>Everything a command handler may use for one message: the message, the chat, its language, the store.</summary>
public sealed record HandlerContext(Incoming Message, ChatRow Chat, string Lang, string Argument, bool IsBotAdmin, KnowledgeStore Store)
{
    public long ChatId => Message.ChatId;
}
