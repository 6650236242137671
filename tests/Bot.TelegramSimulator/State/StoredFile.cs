namespace Bot.TelegramSimulator.State;

/// <summary>A file the bot can fetch with getFile and download from /file/bot{token}/{Path}.</summary>
internal sealed record StoredFile(string FileId, string FileUniqueId, string Path, ReadOnlyMemory<byte> Content);
