using Bot.TelegramSimulator.State;
using Bot.TelegramSimulator.Updates;

namespace Bot.TelegramSimulator;

/// <summary>What users do: messages, button presses, blocking the bot, and who administers a group.</summary>
public sealed partial class BotApiSimulator
{
    /// <summary>A user's text message (or a document with <paramref name="text"/> as its caption).</summary>
    public InjectedMessage InjectMessage(
        long chatId, long userId, string text, string languageCode = "en", string chatType = "private",
        int? replyToBotMessageId = null, string firstName = "Test", string? username = null, TestDocument? document = null)
    {
        var chat = ChatFor(chatId, chatType, firstName, username);
        return _injector.Message(chat, WireJson.User(userId, firstName, username, languageCode), text, replyToBotMessageId, document);
    }

    /// <summary>A press on an inline button of message <paramref name="messageId"/>.</summary>
    public InjectedCallbackQuery InjectCallbackQuery(
        long chatId, long userId, int messageId, string data, string languageCode = "en", string firstName = "Test", string? username = null)
    {
        var chat = _state.Chats.Get(chatId);
        return _injector.CallbackQuery(chat, WireJson.User(userId, firstName, username, languageCode), messageId, data);
    }

    /// <summary>
    /// The bot's membership changed (e.g. newStatus "kicked" when a user blocks it). In a private chat "kicked" also
    /// blocks the chat in <see cref="Faults"/> and "member" unblocks it, as Telegram would; getChatMember for the
    /// bot then reports <paramref name="newStatus"/>.
    /// </summary>
    public int InjectMyChatMember(
        long chatId, long userId, string newStatus, string oldStatus = "member", string chatType = "private", string languageCode = "en")
    {
        MemberDirectory.CheckStatus(newStatus);
        MemberDirectory.CheckStatus(oldStatus);
        var chat = ChatFor(chatId, chatType, "Test", username: null);
        if (chat.IsPrivate && newStatus == "kicked")
        {
            Faults.BlockChat(chatId);
        }
        else if (chat.IsPrivate && newStatus == "member")
        {
            Faults.UnblockChat(chatId);
        }

        return _injector.MyChatMember(chat, WireJson.User(userId, "Test", null, languageCode), oldStatus, newStatus);
    }

    /// <summary>
    /// What getChatMember reports for the user in the chat: "creator", "administrator", "member", "restricted",
    /// "left" or "kicked". Everyone not set is a "member".
    /// </summary>
    public void SetMemberStatus(long chatId, long userId, string status)
    {
        _state.Members.SetStatus(chatId, userId, status);
    }

    public string MemberStatus(long chatId, long userId) => _state.Members.Status(chatId, userId);

    private ChatInfo ChatFor(long chatId, string chatType, string firstName, string? username)
    {
        var chat = chatType == "private"
            ? new ChatInfo(chatId, chatType, FirstName: firstName, Username: username)
            : new ChatInfo(chatId, chatType, Title: $"Test {chatType} {chatId}");
        _state.Chats.Remember(chat);
        return chat;
    }
}
