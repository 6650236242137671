using Bot.Knowledge.Alerts;
using Bot.Knowledge.Chats;
using Bot.Knowledge.Entities;
using Bot.Knowledge.Ingestion;
using Bot.Knowledge.Search;
using Bot.Knowledge.Seeding;
using Bot.Knowledge.Storage;

namespace Bot.Knowledge;

/// <summary>
/// The knowledge store as the layers above use it: one open database and the readers and writers over it.
/// Seeds itself from data/ when this call created the file, unless told not to.
/// </summary>
public sealed class KnowledgeStore : IDisposable
{
    public KnowledgeDb Db { get; }
    public StoreVersion Version { get; }
    public EntityCatalog Entities { get; }
    public DocumentWriter Writer { get; }
    public Ingestor Ingestor { get; }
    public PassageSearch Passages { get; }
    public AgreementReader Agreements { get; }
    public FigureReader Figures { get; }
    public EventReader Events { get; }
    public ChatDirectory Chats { get; }
    public SubscriptionBook Subscriptions { get; }
    public AlertOutbox Outbox { get; }
    public UpdateLedger Updates { get; }
    public LastAnswers LastAnswers { get; }
    public Counters Counters { get; }
    public ConversationHistory Conversations { get; }

    public KnowledgeStore(string path, HttpClient http, TimeProvider clock)
    {
        Db = new KnowledgeDb(path);
        Version = new StoreVersion(Db);
        Entities = new EntityCatalog(Db, Version);
        Writer = new DocumentWriter(Db, Version, clock);
        Ingestor = new Ingestor(Writer, Entities, new UrlFetcher(http));
        Passages = new PassageSearch(Db, Version);
        Agreements = new AgreementReader(Db, Version);
        Figures = new FigureReader(Db, Version);
        Events = new EventReader(Db, Version);
        Chats = new ChatDirectory(Db, clock);
        Subscriptions = new SubscriptionBook(Db, clock);
        Outbox = new AlertOutbox(Db, clock);
        Updates = new UpdateLedger(Db, clock);
        LastAnswers = new LastAnswers(Db, clock);
        Counters = new Counters(Db);
        Conversations = new ConversationHistory(Db, clock);
    }

    string? Meta(string key) => Db.Connection.Query<MetaRow>("SELECT * FROM meta WHERE key = ?", key).FirstOrDefault()?.Value;

    public bool IsSeeded => Meta("seeded_at") is not null;

    /// <summary>
    /// Seeds a store this call created (unless <paramref name="noSeed"/>), and brings a seeded store up to date when
    /// data/ has changed since; re-seeding is idempotent, so unchanged documents stay as they are.
    /// </summary>
    public async Task<IngestReport?> EnsureSeededAsync(string dataDir, bool noSeed, TimeProvider clock, CancellationToken ct)
    {
        if (noSeed && Db.CreatedNow) return null;
        // A store is seeded when this call created it, when it was seeded before (to pick up data/ changes),
        // or when an earlier first seeding failed or was interrupted: the pending marker says it is still owed.
        if (!Db.CreatedNow && !IsSeeded && Meta("seed_pending") is null) return null;
        if (!Directory.Exists(dataDir)) throw new KnowledgeStoreException($"seed folder not found: {dataDir}");
        var fingerprint = SeedFingerprint.Of(dataDir);
        if (Meta("seed_fingerprint") == fingerprint) return null;
        if (!IsSeeded) Db.Connection.InsertOrReplace(new MetaRow { Key = "seed_pending", Value = clock.GetUtcNow().ToString("O") });
        var report = await new KnowledgeBaseSeeder(Entities, Writer, Ingestor).SeedAsync(dataDir, ct);
        Db.Connection.Execute("DELETE FROM meta WHERE key = 'seed_pending'");
        Db.Connection.InsertOrReplace(new MetaRow { Key = "seeded_at", Value = clock.GetUtcNow().ToString("O") });
        Db.Connection.InsertOrReplace(new MetaRow { Key = "seed_fingerprint", Value = fingerprint });
        return report;
    }

    public void Dispose() => Db.Dispose();
}
