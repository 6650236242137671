using Bot.Answering;
using Bot.Knowledge;
using Bot.Knowledge.Seeding;
using Bot.Knowledge.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Bench;

/// <summary>A store file composed as the bot composes it (AddKnowledge, AddAnswering), for the stages that work on it directly.</summary>
internal sealed class BenchStore : IDisposable
{
    readonly ServiceProvider _services;
    readonly string _dataPath;

    public BenchStore(string path, string dataPath, TimeProvider clock)
    {
        _dataPath = dataPath;
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Knowledge:DbPath"] = path,
            ["Knowledge:DataPath"] = dataPath,
        }).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(clock);
        services.AddKnowledge(configuration);
        services.AddAnswering(configuration);
        _services = services.BuildServiceProvider();
        // Opened now, as the bot opens it at start: the memory samples read SQLite's own counters from the first one.
        _ = Db.CreatedNow;
    }

    public T Get<T>() where T : notnull => _services.GetRequiredService<T>();

    public KnowledgeDb Db => Get<KnowledgeDb>();

    public Task SeedAsync(CancellationToken ct) => Get<StoreSeeder>().EnsureSeededAsync(_dataPath, noSeed: false, ct);

    public void Dispose() => _services.Dispose();
}
