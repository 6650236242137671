using Bot.Knowledge.Alerts;
using Bot.Knowledge.Chats;
using Bot.Knowledge.Conversations;
using Bot.Knowledge.Digests;
using Bot.Knowledge.Entities;
using Bot.Knowledge.Ingestion;
using Bot.Knowledge.Observability;
using Bot.Knowledge.Search;
using Bot.Knowledge.Seeding;
using Bot.Knowledge.Settings;
using Bot.Knowledge.SourceState;
using Bot.Knowledge.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Bot.Knowledge;

public static class KnowledgeServiceCollectionExtensions
{
    /// <summary>
    /// The store as the layers above use it: one <see cref="KnowledgeDb"/> (the connection owner, opened at first use)
    /// and one narrow store per aggregate over it, each registered on its own; ingestion and seeding.
    /// </summary>
    public static IServiceCollection AddKnowledge(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSettings<KnowledgeOptions>(configuration, KnowledgeOptions.Section);
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<KnowledgeOptions>, KnowledgeOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<Observability.WorkerHeartbeats>();
        services.AddSingleton(sp =>
        {
            var o = sp.GetRequiredService<IOptions<KnowledgeOptions>>().Value;
            return new KnowledgeDb(o.ResolvedDbPath, o.ReadOnly);
        });
        services.AddSingleton<StoreVersion>();

        // Documents, passages and the facts extracted from them.
        services.AddSingleton<EntityCatalog>();
        services.AddSingleton<DocumentWriter>();
        services.AddSingleton<DocumentReader>();
        services.AddSingleton<Documents.DocumentCatalog>();
        services.AddSingleton<PassageSearch>();
        services.AddSingleton<FactSources>();
        services.AddSingleton<AgreementReader>();
        services.AddSingleton<FigureReader>();
        services.AddSingleton<EventReader>();

        // Chats, their subscriptions and the alert outbox; the update ledger, counters, conversation history.
        services.AddSingleton<ChatDirectory>();
        services.AddSingleton<SubscriptionBook>();
        services.AddSingleton<AlertOutbox>();
        services.AddSingleton<DigestBook>();
        services.AddSingleton<DigestOutbox>();
        services.AddSingleton<UpdateLedger>();
        services.AddSingleton<UpdateInbox>();
        services.AddSingleton<LastAnswers>();
        services.AddSingleton<Counters>();
        services.AddSingleton<QuestionLog>();
        services.AddSingleton<StoreCounts>();
        services.AddSingleton<ConversationHistory>();
        services.AddSingleton<ConversationMemoryStore>();

        // What the source monitor remembers.
        services.AddSingleton<SourceStateStore>();
        services.AddSingleton<SourceItemStore>();
        services.AddSingleton<WatchedSourceStore>();

        services.AddIngestion(configuration);
        services.AddSingleton<Ingestor>();
        services.AddSingleton<StoreSeeder>();
        return services;
    }
}
