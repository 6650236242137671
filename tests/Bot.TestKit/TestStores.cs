using Bot.Answering;
using Bot.Knowledge;
using Bot.Knowledge.Alerts;
using Bot.Knowledge.Chats;
using Bot.Knowledge.Entities;
using Bot.Knowledge.Ingestion;
using Bot.Knowledge.Search;
using Bot.Knowledge.Seeding;
using Bot.Knowledge.SourceState;
using Bot.Knowledge.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.TestKit;

/// <summary>
/// The stores of one SQLite file composed exactly as the application composes them (AddKnowledge, AddAnswering), for
/// tests that work on the store directly. A second instance on the same file is a second process's connection.
/// </summary>
public sealed class TestStores : IDisposable
{
    readonly ServiceProvider _services;

    /// <param name="configure">More of the application on top of the store (the LLM path, say), as a host would add it.</param>
    /// <param name="fetch">Download limits for URL ingestion through <paramref name="http"/> (the defaults refuse loopback).</param>
    public TestStores(string path, HttpClient? http = null, TimeProvider? clock = null, Action<IServiceCollection>? configure = null,
        Bot.Knowledge.Fetching.FetchLimits? fetch = null)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Knowledge:DbPath"] = path }).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(clock ?? TimeProvider.System);
        services.AddKnowledge(configuration);
        services.AddAnswering(configuration);
        // A test's own client (a loopback server, a fake handler) for URL ingestion.
        if (http is not null) services.AddSingleton(new UrlFetcher(http, fetch));
        configure?.Invoke(services);
        _services = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
        Db = new StoreProbe(Get<KnowledgeDb>());
        try
        {
            // Opened now, as a starting program opens it: a foreign or newer file fails here, not at a later statement.
            _ = Db.CreatedNow;
        }
        catch
        {
            _services.Dispose();
            throw;
        }
    }

    public T Get<T>() where T : notnull => _services.GetRequiredService<T>();

    /// <summary>The file, and raw SQL for checking what was stored.</summary>
    public StoreProbe Db { get; }

    public EntityCatalog Entities => Get<EntityCatalog>();
    public DocumentWriter Writer => Get<DocumentWriter>();
    public Ingestor Ingestor => Get<Ingestor>();
    public DocumentReader Documents => Get<DocumentReader>();
    public PassageSearch Passages => Get<PassageSearch>();
    public AgreementReader Agreements => Get<AgreementReader>();
    public FigureReader Figures => Get<FigureReader>();
    public EventReader Events => Get<EventReader>();
    public ChatDirectory Chats => Get<ChatDirectory>();
    public SubscriptionBook Subscriptions => Get<SubscriptionBook>();
    public AlertOutbox Outbox => Get<AlertOutbox>();
    public UpdateLedger Updates => Get<UpdateLedger>();
    public LastAnswers LastAnswers => Get<LastAnswers>();
    public Counters Counters => Get<Counters>();
    public ConversationHistory Conversations => Get<ConversationHistory>();
    public SourceStateStore SourceStates => Get<SourceStateStore>();
    public OfflineAnswerer Offline => Get<OfflineAnswerer>();

    public bool IsSeeded => Get<StoreSeeder>().IsSeeded;

    public Task<IngestReport?> EnsureSeededAsync(string dataDir, bool noSeed, CancellationToken ct) =>
        Get<StoreSeeder>().EnsureSeededAsync(dataDir, noSeed, ct);

    public void Dispose() => _services.Dispose();
}
