namespace Bot.TelegramSimulator.State;

/// <summary>Chats seen in injected updates; a chat the bot writes to unseen gets its type from the sign of its id.</summary>
internal sealed class ChatDirectory
{
    private readonly Lock _lock = new();
    private readonly Dictionary<long, ChatInfo> _chats = [];

    public void Remember(ChatInfo chat)
    {
        lock (_lock) _chats[chat.Id] = chat;
    }

    public ChatInfo Get(long chatId)
    {
        lock (_lock)
        {
            if (_chats.TryGetValue(chatId, out var chat))
            {
                return chat;
            }
        }

        // Bot API ids: users are positive, basic groups negative, supergroups and channels -100xxxxxxxxxx.
        return chatId > 0 ? new ChatInfo(chatId, "private", FirstName: "User")
            : chatId <= -1_000_000_000_000 ? new ChatInfo(chatId, "supergroup", Title: "Supergroup")
            : new ChatInfo(chatId, "group", Title: "Group");
    }
}
