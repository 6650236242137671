using Bot.Answering;
using Bot.TestKit;

namespace Bot.Answering.Tests;

/// <summary>One store seeded from data/ for the whole class: seeding is the slow part and answers do not write.</summary>
public sealed class SeededStoreFixture : IAsyncLifetime
{
    public TempStore Temp { get; private set; } = null!;
    public OfflineAnswerer Answerer { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Temp = await TempStore.SeededAsync();
        Answerer = Temp.Store.Offline;
    }

    public Task DisposeAsync()
    {
        Temp.Dispose();
        return Task.CompletedTask;
    }
}
