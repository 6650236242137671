namespace Bot.TelegramSimulator.Recording;

/// <summary>A file the bot sent with sendDocument: the uploaded bytes and name, or the file_id / URL it referred to.</summary>
public sealed record SentDocument(
    long ChatId,
    int MessageId,
    ReadOnlyMemory<byte> Content,
    string? FileName,
    string? FileReference,
    string? Caption,
    DateTimeOffset Timestamp);
