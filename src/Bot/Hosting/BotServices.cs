using Bot.Answering;
using Bot.Cli;
using Bot.Knowledge;
using Bot.Llm;
using Bot.Sources;
using Bot.Sources.Monitoring;
using Bot.Sources.Polling;
using Bot.Telegram.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Hosting;

/// <summary>The composition root: each project's services (those this run uses), the seams between them, and the verbs.</summary>
public static class BotServices
{
    public static IServiceCollection AddBot(this IServiceCollection services, IConfiguration configuration, Invocation invocation)
    {
        services.AddSingleton(invocation);
        // First hosted service: the store is seeded before any worker reads it.
        services.AddHostedService<SeedOnStart>();
        services.AddKnowledge(configuration);
        services.AddAnswering(configuration);
        // A part's settings are checked at start when this run uses it: a bad Llm or Sources setting does not stop `agreements`.
        if (invocation.Answers) services.AddLlmAnswering(configuration);
        if (invocation.PollsSources) services.AddSourcePolling(configuration);
        services.AddBotCli();
        if (!invocation.RunsBot) return services;
        services.AddTelegramBot(configuration);
        // The seams: source notices reach the admins through Telegram; a poll's new agreements wake alert delivery.
        services.AddSingleton<IAdminNotifier, SourceNoticeRelay>();
        services.AddSingleton<INewAgreementsSignal, AlertWakeUp>();
        services.AddSourceMonitoring(configuration);
        return services;
    }
}
