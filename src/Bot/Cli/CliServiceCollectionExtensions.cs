using Bot.Answering;
using Bot.Knowledge;
using Bot.Llm;
using Bot.Sources;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Cli;

public static class CliServiceCollectionExtensions
{
    public static IServiceCollection AddBotCli(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<KnowledgeOptions>().Bind(configuration.GetSection(KnowledgeOptions.Section));
        services.AddOptions<AnsweringOptions>().Bind(configuration.GetSection(AnsweringOptions.Section))
            .Validate(o => o.MaxQuestionChars is > 0 and <= 100_000, "Answering:MaxQuestionChars must be between 1 and 100000").ValidateOnStart();
        services.AddSingleton(TimeProvider.System);
        // `ask` and `chat` get their answerer from its QuestionAnswererFactory: the LLM path when Llm:* configures one.
        services.AddLlmAnswering(configuration);
        services.AddHttpClient("ingest", c =>
        {
            c.Timeout = TimeSpan.FromSeconds(30);
            c.DefaultRequestHeaders.UserAgent.ParseAdd("kzbg-bot/1.0 (+ingest)");
        }).ConfigurePrimaryHttpMessageHandler(() => new HttpClientHandler { MaxAutomaticRedirections = 5 });
        services.AddSingleton<StoreOpener>();
        services.AddSingleton<IVerb, AskVerb>();
        services.AddSingleton<IVerb, ChatVerb>();
        services.AddSingleton<IVerb, IngestVerb>();
        services.AddSingleton<IVerb, AgreementsVerb>();
        services.AddSingleton<IVerb, EventsVerb>();
        services.AddSingleton<IVerb, TradeVerb>();
        services.AddSingleton<IVerb, BenchVerb>();
        services.AddSingleton<IVerb, RunVerb>();
        services.AddSourcePolling(configuration);
        services.AddSingleton<IVerb, SourcesVerb>();
        return services;
    }
}
