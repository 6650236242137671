using Bot.TestKit;

namespace Bot.Knowledge.Tests;

/// <summary>One store seeded from data/ for a class whose tests only read: seeding is the slow part.</summary>
public sealed class SeededStoreFixture : IAsyncLifetime
{
    public TempStore Temp { get; private set; } = null!;

    public TestStores Store => Temp.Store;

    public async Task InitializeAsync() => Temp = await TempStore.SeededAsync();

    public Task DisposeAsync()
    {
        Temp.Dispose();
        return Task.CompletedTask;
    }
}
