namespace Bot.Hosting;

/// <summary>A store file under the temp folder that is deleted, with its WAL and shared-memory files, however the run ends.</summary>
public sealed class TempStoreFile : IDisposable
{
    static readonly string[] Suffixes = ["", "-wal", "-shm", "-journal"];

    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"kzbg-{Guid.NewGuid():N}.db");

    public double SizeMb => Suffixes.Select(s => new FileInfo(Path + s)).Where(f => f.Exists).Sum(f => f.Length) / (1024.0 * 1024.0);

    public void Dispose()
    {
        foreach (var suffix in Suffixes)
            try { File.Delete(Path + suffix); }
            catch (IOException) { /* best effort: a leftover temp file must not turn a finished run into a failure */ }
    }
}
