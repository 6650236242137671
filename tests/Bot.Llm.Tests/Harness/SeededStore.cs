using Bot.Knowledge;
using Bot.TestKit;

namespace Bot.Llm.Tests.Harness;

/// <summary>
/// A real store seeded from data/, as its own temp file per test: seeding runs once per test run, each test copies the
/// result. Reopen closes and opens the same file, as a restarted process would.
/// </summary>
public sealed class SeededStore : IDisposable
{
    static readonly Lazy<Task<string>> Template = new(CreateTemplateAsync);

    SeededStore(string path)
    {
        Path = path;
        Store = Open(path);
    }

    public string Path { get; }
    public TestStores Store { get; private set; }

    public static async Task<SeededStore> CopyAsync()
    {
        var path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"kzbg-llm-{Guid.NewGuid():N}.db");
        File.Copy(await Template.Value, path);
        return new SeededStore(path);
    }

    public void Reopen()
    {
        Store.Dispose();
        Store = Open(Path);
    }

    static TestStores Open(string path) => new(path, new HttpClient(), TimeProvider.System);

    static async Task<string> CreateTemplateAsync()
    {
        var path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"kzbg-llm-template-{Guid.NewGuid():N}.db");
        using (var store = Open(path))
            await store.EnsureSeededAsync(Paths.DataDir, noSeed: false, CancellationToken.None);
        // Fold the WAL into the main file so a plain copy of it is the whole database.
        using (var store = Open(path)) store.Db.Connection.ExecuteScalar<string>("PRAGMA wal_checkpoint(TRUNCATE)");
        return path;
    }

    public void Dispose()
    {
        Store.Dispose();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
            try { File.Delete(Path + suffix); } catch (IOException) { }
    }
}
