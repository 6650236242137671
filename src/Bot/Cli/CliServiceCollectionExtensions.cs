using Microsoft.Extensions.DependencyInjection;

namespace Bot.Cli;

public static class CliServiceCollectionExtensions
{
    /// <summary>The command-line verbs; each takes the services it uses in its constructor.</summary>
    public static IServiceCollection AddBotCli(this IServiceCollection services)
    {
        services.AddSingleton<IVerb, AskVerb>();
        services.AddSingleton<IVerb, ChatVerb>();
        services.AddSingleton<IVerb, IngestVerb>();
        services.AddSingleton<IVerb, AgreementsVerb>();
        services.AddSingleton<IVerb, EventsVerb>();
        services.AddSingleton<IVerb, TradeVerb>();
        services.AddSingleton<IVerb, EvalVerb>();
        services.AddSingleton<IVerb, RunVerb>();
        services.AddSingleton<IVerb, SourcesVerb>();
        services.AddSingleton<IVerb, BackupVerb>();
        services.AddSingleton<IVerb, HealthVerb>();
        services.AddSingleton<IVerb, DocumentsVerb>();
        // A verb is built for --help and parsing even when this run does not register what its action uses.
        services.AddTransient(typeof(Lazy<>), typeof(LazyService<>));
        return services;
    }
}
