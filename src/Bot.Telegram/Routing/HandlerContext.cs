using Bot.Knowledge.Chats;

namespace Bot.Telegram.Routing;

/// <summary>What a command handler knows of one message: the message, the chat, its language, the argument, who sent it.</summary>
public sealed record HandlerContext(Incoming Message, ChatRow Chat, string Lang, string Argument, bool IsBotAdmin)
{
    public long ChatId => Message.ChatId;
}
