using System.Globalization;
using Bot.Knowledge;
using Bot.Knowledge.Model;
using Bot.Knowledge.Seeding;
using Bot.Knowledge.SourceState;
using Bot.Sources.Monitoring;
using Bot.Sources.Polling;
using Bot.Sources.State;
using Bot.TestKit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;

namespace Bot.Sources.Tests.Harness;

/// <summary>
/// The monitor as the bot host wires it (AddSourceMonitoring), against a loopback news server and a real store that
/// knows the curated entities but no documents — so every document and agreement in it came from the test's feeds.
/// Settings are written as configuration keys, as appsettings.json would give them, before the first poll.
/// </summary>
public sealed class SourcesHarness : IDisposable
{
    int _feeds;
    int _pages;
    int _newAgreementSignals;
    ServiceProvider? _services;

    public SourcesHarness()
    {
        Temp = TempStore.Empty(clock: Clock);
        Temp.Store.Entities.Upsert(KbFileReader.ReadLines<KbEntity>(Path.Combine(Paths.DataDir, "kb", "entities.jsonl"))
            .Select(e => new Entity(e.Id, e.Type, e.Name, e.Country, e.Role, e.Aliases ?? [])));
        Settings["Knowledge:DbPath"] = Temp.Path;
        // The news server is on 127.0.0.1; only the tests of that very rule turn this off.
        Settings["Sources:AllowPrivateNetworks"] = "true";
    }

    public FeedServer Server { get; } = new();
    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 5, 4, 8, 0, 0, TimeSpan.Zero));
    public TempStore Temp { get; }
    public TestStores Store => Temp.Store;
    public Dictionary<string, string?> Settings { get; } = new(StringComparer.OrdinalIgnoreCase);
    public int NewAgreementSignals => Volatile.Read(ref _newAgreementSignals);

    public IServiceProvider Services => _services ??= Build();
    public SourcePoller Poller => Services.GetRequiredService<SourcePoller>();
    public RecordingNotifier Notifier => (RecordingNotifier)Services.GetRequiredService<IAdminNotifier>();
    public SourceMonitorWorker Worker => Services.GetServices<IHostedService>().OfType<SourceMonitorWorker>().Single();

    public void AddFeed(string path, string? name = null, string[]? include = null, string[]? languages = null, string? interval = null)
    {
        var key = $"Sources:Feeds:{_feeds++}:";
        Settings[key + "Url"] = Server.Url(path);
        Settings[key + "Name"] = name;
        Settings[key + "Interval"] = interval;
        for (var i = 0; i < (include?.Length ?? 0); i++) Settings[key + $"Include:{i}"] = include![i];
        for (var i = 0; i < (languages?.Length ?? 0); i++) Settings[key + $"Languages:{i}"] = languages![i];
    }

    public void AddPage(string path, string? name = null)
    {
        var key = $"Sources:Pages:{_pages++}:";
        Settings[key + "Url"] = Server.Url(path);
        Settings[key + "Name"] = name;
    }

    public void Set(string key, object value) => Settings["Sources:" + key] = Convert.ToString(value, CultureInfo.InvariantCulture);

    /// <summary>Serves a fixture article at <paramref name="path"/> and returns its URL.</summary>
    public string Article(string path, string fixture)
    {
        Server.Html(path, Fixture.Article(fixture));
        return Server.Url(path);
    }

    /// <summary>`sources poll`: every source, due or not.</summary>
    public Task<PollReport> PollAsync() => Poller.PollAsync(dueOnly: false, CancellationToken.None);

    public SourceStateRow State(string path) =>
        Store.Db.Connection.Query<SourceStateRow>("SELECT * FROM source_state WHERE url = ?", Server.Url(path)).ShouldHaveSingleItem();

    public long Count(string table) => Store.Db.Connection.ExecuteScalar<long>($"SELECT count(*) FROM {table}");

    ServiceProvider Build()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(Settings).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<TimeProvider>(Clock);
        services.AddKnowledge(configuration);
        // The seams a host fills: who hears about failing sources, and what a poll's new agreements wake.
        services.AddSingleton<IAdminNotifier, RecordingNotifier>();
        services.AddSingleton<INewAgreementsSignal>(new CountingSignal(() => Interlocked.Increment(ref _newAgreementSignals)));
        services.AddSourceMonitoring(configuration);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
    }

    sealed class CountingSignal(Action count) : INewAgreementsSignal
    {
        public void NewAgreementsStored(IReadOnlyList<long> agreementIds) => count();
    }

    public void Dispose()
    {
        _services?.Dispose();
        Server.Dispose();
        Temp.Dispose();
    }
}
