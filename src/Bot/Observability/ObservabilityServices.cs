using Bot.Answering;
using Bot.Knowledge.Observability;
using Bot.Knowledge.Settings;
using Bot.Telegram.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OpenTelemetry.Metrics;

namespace Bot.Observability;

/// <summary>What an operator watches the running bot by: health checks, /metrics, and a log line per answered question.</summary>
public static class ObservabilityServices
{
    public static IServiceCollection AddBotObservability(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSettings<LogOptions>(configuration, LogOptions.Section);
        services.AddBotHealth(configuration);
        if (HealthEndpoints.ListenUrl(configuration).Length > 0) services.AddHostedService<ListeningAddressLog>();
        services.AddOpenTelemetry().WithMetrics(metrics => metrics.AddMeter(BotMetrics.MeterName).AddPrometheusExporter());
        services.AddSingleton<AlertMetrics>();
        services.AddHostedService(sp => new StartWith<AlertMetrics>(sp.GetRequiredService<AlertMetrics>()));
        services.AddHttpClient(TelegramClientFactory.HttpClientName).AddHttpMessageHandler(() => new TelegramErrorCounter());
        DecorateAnswerer(services);
        return services;
    }

    /// <summary>The answerer the bot's handlers get is the registered one (offline or LLM) inside the observer.</summary>
    static void DecorateAnswerer(IServiceCollection services)
    {
        var inner = services.Last(d => d.ServiceType == typeof(IQuestionAnswerer));
        services.Remove(inner);
        services.AddSingleton<IQuestionAnswerer>(sp => new ObservedQuestionAnswerer(
            (IQuestionAnswerer)(inner.ImplementationInstance ?? inner.ImplementationFactory?.Invoke(sp) ?? ActivatorUtilities.CreateInstance(sp, inner.ImplementationType!)),
            sp.GetRequiredService<IOptionsMonitor<LogOptions>>(), sp.GetRequiredService<ILogger<ObservedQuestionAnswerer>>()));
    }

    /// <summary>Builds a service when the host starts (its instruments exist from the first scrape), nothing more.</summary>
    sealed class StartWith<T>(T service) : IHostedService
    {
        public T Service { get; } = service;

        public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
