using Bot.Knowledge.Settings;
using Bot.Telegram.Admins;
using Bot.Telegram.Alerts;
using Bot.Telegram.Commands;
using Bot.Telegram.Conversation;
using Bot.Telegram.Digest;
using Bot.Telegram.Limits;
using Bot.Telegram.Rendering;
using Bot.Telegram.Routing;
using Bot.Telegram.Webhook;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Telegram.Bot;

namespace Bot.Telegram.Hosting;

public static class TelegramServiceCollectionExtensions
{
    /// <summary>
    /// The Telegram adapter: settings, the Bot API client, chat routing and its command handlers, the update source
    /// (polling, or the webhook when Telegram:Webhook:Url is set), alert delivery and digests. It answers through
    /// <c>IQuestionAnswerer</c> and keeps its state in the stores of <c>AddKnowledge()</c>; the host registers both.
    /// </summary>
    public static IServiceCollection AddTelegramBot(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSettings<TelegramOptions>(configuration, TelegramOptions.Section);
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<TelegramOptions>, TelegramOptionsValidator>());
        services.AddSettings<AlertOptions>(configuration, AlertOptions.Section);
        services.TryAddSingleton(TimeProvider.System);

        // Request logging would print URLs, and every Bot API URL carries the token.
        services.AddHttpClient(TelegramClientFactory.HttpClientName, c => c.Timeout = TimeSpan.FromSeconds(90)).RemoveAllLoggers();
        services.AddSingleton<TelegramClientFactory>();
        services.AddSingleton(sp => sp.GetRequiredService<TelegramClientFactory>().Create(retryOnFlood: true));

        services.AddSingleton<BotIdentity>();
        services.AddSingleton<BotStartup>();
        services.AddSingleton<ReplySender>();
        services.AddSingleton<GroupAdmins>();
        services.AddSingleton<FloodLimiter>();
        services.AddSingleton<ConversationStates>();
        services.AddSingleton<QuestionService>();
        services.AddSingleton<AlertSignal>();
        services.AddSingleton<DeliveryStats>();
        services.AddSingleton<AdminNotices>();
        foreach (var handler in typeof(ICommandHandler).Assembly.GetTypes()
                     .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(ICommandHandler).IsAssignableFrom(t)))
        {
            // Each handler once, reachable by its type (the callback router uses some) and as a command.
            services.AddSingleton(handler);
            services.AddSingleton(typeof(ICommandHandler), sp => sp.GetRequiredService(handler));
        }
        services.AddSingleton<MessageRouter>();
        services.AddSingleton<CallbackRouter>();
        services.AddSingleton<UpdateDispatcher>();
        services.AddSingleton<LedgerRecorder>();

        if (WebhookOptions.From(configuration).Url.Length > 0)
        {
            services.AddSingleton<WebhookInbox>();
            services.AddHostedService<WebhookProcessor>();
        }
        else
        {
            services.AddHostedService<PollingWorker>();
        }
        services.AddHostedService<AlertDeliveryWorker>();
        services.AddSingleton<DigestRound>();
        services.AddHostedService<DigestWorker>();
        return services;
    }
}
