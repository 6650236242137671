using Bot.Knowledge.Settings;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Bot.Observability;

/// <summary>
/// /healthz/live (the process answers HTTP) and /healthz/ready (store, Telegram and every worker), with
/// Microsoft.Extensions.Diagnostics.HealthChecks; served when Health:ListenUrl is set.
/// </summary>
public static class HealthEndpoints
{
    public const string LivePath = "/healthz/live";
    public const string ReadyPath = "/healthz/ready";
    const string ReadyTag = "ready";

    /// <summary>The address to serve on, read before the host is built (it decides which host the bot is).</summary>
    public static string ListenUrl(Microsoft.Extensions.Configuration.IConfiguration configuration) => configuration[$"{HealthOptions.Section}:{nameof(HealthOptions.ListenUrl)}"] ?? "";

    public static IServiceCollection AddBotHealth(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSettings<HealthOptions>(configuration, HealthOptions.Section);
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<HealthOptions>, HealthOptionsValidator>());
        services.AddHealthChecks()
            .AddCheck<StoreHealthCheck>("store", tags: [ReadyTag])
            .AddCheck<TelegramHealthCheck>("telegram", tags: [ReadyTag])
            .AddCheck<WorkersHealthCheck>("workers", tags: [ReadyTag]);
        return services;
    }

    public static void MapBotHealth(this IEndpointRouteBuilder app)
    {
        app.MapHealthChecks(LivePath, new HealthCheckOptions { Predicate = _ => false, ResponseWriter = HealthReportText.WriteAsync });
        app.MapHealthChecks(ReadyPath, new HealthCheckOptions { Predicate = c => c.Tags.Contains(ReadyTag), ResponseWriter = HealthReportText.WriteAsync });
        app.MapPrometheusScrapingEndpoint("/metrics");
    }
}
