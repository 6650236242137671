namespace Bot.TelegramSimulator.Html;

/// <summary>
/// A formatting entity as Telegram reports it: offsets and lengths count UTF-16 code units of the plain text.
/// </summary>
public sealed record TextEntity(string Type, int Offset, int Length, string? Url = null, string? Language = null, string? CustomEmojiId = null);
