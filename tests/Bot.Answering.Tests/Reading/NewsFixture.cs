using Bot.TestKit;

namespace Bot.Answering.Tests.Reading;

/// <summary>
/// An unseeded store holding short news items written for one test class, ingested as a user would ingest them.
/// The files are read once: the store keeps what it needs.
/// </summary>
public abstract class NewsFixture : IAsyncLifetime
{
    public TempStore Temp { get; private set; } = null!;
    public OfflineAnswerer Answerer { get; private set; } = null!;

    /// <summary>Writes the fixture's news items into <paramref name="files"/>.</summary>
    protected abstract void WriteNews(TempFolder files);

    protected static string Doc(string title, string date, string lang, string body) =>
        $"---\ntitle: \"{title}\"\ndate: {date}\nlang: {lang}\n---\n\n{body}\n";

    public async Task InitializeAsync()
    {
        using var files = new TempFolder();
        WriteNews(files);
        Temp = TempStore.Empty();
        await Temp.Store.Ingestor.IngestAsync([files.Path], CancellationToken.None);
        Answerer = Temp.Store.Offline;
    }

    public Task DisposeAsync()
    {
        Temp.Dispose();
        return Task.CompletedTask;
    }
}
