namespace Bot.TelegramSimulator.Recording;

/// <summary>A sendChatAction call ("typing", "upload_photo", ...).</summary>
public sealed record SentChatAction(long ChatId, string Action, int? MessageThreadId, DateTimeOffset Timestamp);
