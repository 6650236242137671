namespace Bot.TestKit;

/// <summary>A real SQLite store in a temporary file, deleted with its WAL files on dispose.</summary>
public sealed class TempStore : IDisposable
{
    public string Path { get; }
    public TestStores Store { get; private set; }

    TempStore(string path, TestStores store)
    {
        Path = path;
        Store = store;
    }

    /// <param name="fetch">Download limits for URLs ingested through the store (tests on loopback allow private networks).</param>
    public static TempStore Empty(HttpClient? http = null, TimeProvider? clock = null, Bot.Knowledge.Fetching.FetchLimits? fetch = null)
    {
        var path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"kzbg-test-{Guid.NewGuid():N}.db");
        return new TempStore(path, new TestStores(path, http, clock, fetch: fetch));
    }

    /// <summary>A store seeded from the repository's data/ folder, as a fresh clone would have it.</summary>
    public static async Task<TempStore> SeededAsync(TimeProvider? clock = null)
    {
        var t = Empty(clock: clock);
        await t.Store.EnsureSeededAsync(Paths.DataDir, noSeed: false, CancellationToken.None);
        return t;
    }

    /// <summary>Closes and reopens the same file, as a restarted process would.</summary>
    public void Reopen(HttpClient? http = null)
    {
        Store.Dispose();
        Store = new TestStores(Path, http);
    }

    public void Dispose()
    {
        Store.Dispose();
        SQLite.SQLiteAsyncConnection.ResetPool();
        DeleteFiles(Path);
    }

    /// <summary>Deletes a store file and its WAL and shared-memory files; a file still held open is left behind.</summary>
    public static void DeleteFiles(string path)
    {
        foreach (var suffix in new[] { "", "-wal", "-shm" })
            try { File.Delete(path + suffix); } catch (IOException) { }
    }
}
