using Bot.Knowledge;
using Bot.TestKit;

namespace Bot.Telegram.Tests.Harness;

/// <summary>The repository's data/ seeded once per test run; each test gets its own copy of the file.</summary>
public static class SeededDatabase
{
    static readonly Lazy<Task<string>> Template = new(CreateTemplateAsync);

    public static async Task<string> CopyAsync()
    {
        var template = await Template.Value;
        var path = Path.Combine(Path.GetTempPath(), $"kzbg-bot-{Guid.NewGuid():N}.db");
        File.Copy(template, path);
        return path;
    }

    static async Task<string> CreateTemplateAsync()
    {
        var path = Path.Combine(Path.GetTempPath(), $"kzbg-bot-template-{Guid.NewGuid():N}.db");
        using (var store = new TestStores(path, new HttpClient(), TimeProvider.System))
        {
            await store.EnsureSeededAsync(Paths.DataDir, noSeed: false, CancellationToken.None);
        }
        SQLite.SQLiteAsyncConnection.ResetPool();
        return path;
    }
}
