namespace Bot.TelegramSimulator.Http;

/// <summary>A file part of a multipart request.</summary>
internal sealed record UploadedFile(string? FileName, ReadOnlyMemory<byte> Content);
