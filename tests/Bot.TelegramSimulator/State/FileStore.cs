using System.Globalization;

namespace Bot.TelegramSimulator.State;

/// <summary>Files by file_id and by download path.</summary>
internal sealed class FileStore
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, StoredFile> _byId = new(StringComparer.Ordinal);
    private readonly Dictionary<string, StoredFile> _byPath = new(StringComparer.Ordinal);
    private int _count;

    public StoredFile Add(ReadOnlyMemory<byte> content, string folder, string? fileName)
    {
        var n = Interlocked.Increment(ref _count);
        var extension = Path.GetExtension(fileName ?? string.Empty);
        var id = string.Create(CultureInfo.InvariantCulture, $"BQACAgIAAxk-sim-{folder}-{n:D6}");
        var file = new StoredFile(id, string.Create(CultureInfo.InvariantCulture, $"AgAD-sim-{n:D6}"), $"{folder}/file_{n}{extension}", content);
        lock (_lock)
        {
            _byId[file.FileId] = file;
            _byPath[file.Path] = file;
        }

        return file;
    }

    public StoredFile? FindById(string fileId)
    {
        lock (_lock) return _byId.GetValueOrDefault(fileId);
    }

    public StoredFile? FindByPath(string path)
    {
        lock (_lock) return _byPath.GetValueOrDefault(path);
    }
}
