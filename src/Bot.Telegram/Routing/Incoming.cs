namespace Bot.Telegram.Routing;

/// <summary>A chat message reduced to what the handlers need, independent of Telegram.Bot's types.</summary>
public sealed record Incoming(
    long ChatId, string ChatType, string? ChatTitle, long UserId, string? UserLanguage, int MessageId, string Text,
    bool IsReplyToBot, string? DocumentFileId, string? DocumentName)
{
    public bool IsGroup => ChatType is "group" or "supergroup";
}
