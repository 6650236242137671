namespace Bot.TelegramSimulator.Recording;

/// <summary>
/// A photo the bot sent. <see cref="Content"/> holds the uploaded bytes; a photo sent by file_id or URL has none and
/// <see cref="FileReference"/> says which.
/// </summary>
public sealed record SentPhoto(
    long ChatId,
    int MessageId,
    ReadOnlyMemory<byte> Content,
    string? FileName,
    string? FileReference,
    string? Caption,
    string? ParseMode,
    string? ReplyMarkupJson,
    DateTimeOffset Timestamp)
{
    public IReadOnlyList<InlineButton> InlineButtons { get; init; } = [];

    public bool DisableNotification { get; init; }
}
