namespace Bot.TelegramSimulator.Updates;

/// <summary>A file the user attaches to an injected message; the bot can getFile and download it.</summary>
public sealed record TestDocument(ReadOnlyMemory<byte> Content, string FileName, string MimeType = "application/octet-stream");
