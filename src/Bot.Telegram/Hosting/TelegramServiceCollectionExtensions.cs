using Bot.Answering;
using Bot.Knowledge;
using Bot.Llm;
using Bot.Sources;
using Bot.Telegram.Alerts;
using Bot.Telegram.Commands;
using Bot.Telegram.Conversation;
using Bot.Telegram.Limits;
using Bot.Telegram.Rendering;
using Bot.Telegram.Routing;
using Bot.Telegram.Webhook;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Telegram.Bot;

namespace Bot.Telegram.Hosting;

public static class TelegramServiceCollectionExtensions
{
    /// <summary>The whole bot: store, answerer, chat routing, the update source (polling or webhook) and alert delivery.</summary>
    public static IServiceCollection AddTelegramBot(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<TelegramOptions>().Bind(configuration.GetSection(TelegramOptions.Section)).ValidateDataAnnotations();
        services.AddOptions<AlertOptions>().Bind(configuration.GetSection(AlertOptions.Section)).ValidateDataAnnotations();
        services.AddOptions<KnowledgeOptions>().Bind(configuration.GetSection(KnowledgeOptions.Section));
        services.AddOptions<AnsweringOptions>().Bind(configuration.GetSection(AnsweringOptions.Section));
        services.AddSingleton(TimeProvider.System);

        // Request logging would print URLs, and every Bot API URL carries the token.
        services.AddHttpClient(TelegramClientFactory.HttpClientName, c => c.Timeout = TimeSpan.FromSeconds(90)).RemoveAllLoggers();
        services.AddIngestion(configuration);
        services.AddSingleton<TelegramClientFactory>();
        services.AddSingleton(sp => sp.GetRequiredService<TelegramClientFactory>().Create(retryOnFlood: true));

        services.AddSingleton(sp => new KnowledgeStore(
            sp.GetRequiredService<IOptions<KnowledgeOptions>>().Value.ResolvedDbPath,
            sp.GetRequiredService<IHttpClientFactory>().CreateClient(IngestionServiceCollectionExtensions.HttpClientName), sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<IOptions<Knowledge.Ingestion.IngestionOptions>>().Value.Limits));
        services.AddSingleton(sp => new OfflineAnswerer(
            sp.GetRequiredService<KnowledgeStore>(), sp.GetRequiredService<IOptions<AnsweringOptions>>().Value, sp.GetRequiredService<TimeProvider>()));
        // The LLM path when Llm:Provider is set and enabled, else the offline answerer.
        services.AddLlmAnswering(configuration);

        services.AddSingleton<BotIdentity>();
        services.AddSingleton<BotStartup>();
        services.AddSingleton<ReplySender>();
        services.AddSingleton<GroupAdmins>();
        services.AddSingleton<FloodLimiter>();
        services.AddSingleton<ConversationStates>();
        services.AddSingleton<QuestionService>();
        services.AddSingleton<AlertSignal>();
        services.AddSingleton<DeliveryStats>();
        services.AddSingleton<AlertStoreFactory>();
        foreach (var handler in typeof(ICommandHandler).Assembly.GetTypes()
                     .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(ICommandHandler).IsAssignableFrom(t)))
            services.AddSingleton(typeof(ICommandHandler), handler);
        services.AddSingleton<MessageRouter>();
        services.AddSingleton<CallbackRouter>();
        services.AddSingleton<UpdateDispatcher>();

        // Order matters: the store is seeded before any worker reads it.
        services.AddHostedService<StoreSeeding>();
        var webhook = configuration.GetSection(TelegramOptions.Section).Get<TelegramOptions>()?.Webhook ?? new WebhookOptions();
        if (webhook.Url.Length > 0)
        {
            services.AddSingleton<WebhookInbox>();
            services.AddHostedService<WebhookProcessor>();
        }
        else
        {
            services.AddHostedService<PollingWorker>();
        }
        services.AddHostedService<AlertDeliveryWorker>();
        // Feed and page monitoring, only when Sources:Feeds or Sources:Pages lists something; new agreements wake alert delivery at once.
        services.AddSourceMonitoring<TelegramAdminNotifier>(configuration, sp => sp.GetRequiredService<AlertSignal>().Notify);
        return services;
    }
}
