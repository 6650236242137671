namespace Bot.TelegramSimulator.Recording;

/// <summary>An accepted editMessageText call; <see cref="SentMessage"/> keeps the original text.</summary>
public sealed record MessageEdit(
    long ChatId, int MessageId, string Text, string? ParseMode, string PlainText, string? ReplyMarkupJson, DateTimeOffset Timestamp)
{
    /// <summary>The inline keyboard the message has after the edit; empty when the edit removed or left out the keyboard.</summary>
    public IReadOnlyList<InlineButton> InlineButtons { get; init; } = [];
}
