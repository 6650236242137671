namespace Bot.TelegramSimulator.Recording;

/// <summary>An accepted answerCallbackQuery call.</summary>
public sealed record CallbackAnswer(string CallbackQueryId, string? Text, bool ShowAlert, string? Url, int? CacheTime, DateTimeOffset Timestamp);
