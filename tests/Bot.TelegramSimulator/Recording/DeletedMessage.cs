namespace Bot.TelegramSimulator.Recording;

/// <summary>An accepted deleteMessage call.</summary>
public sealed record DeletedMessage(long ChatId, int MessageId, DateTimeOffset Timestamp);
