using Bot.Knowledge.Fetching;
using Bot.Knowledge.Ingestion;
using Bot.Knowledge.Settings;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Bot.Knowledge;

public static class IngestionServiceCollectionExtensions
{
    /// <summary>The HTTP client documents named by URL are downloaded with (CLI `ingest`, admin /ingest).</summary>
    public const string HttpClientName = "ingest";

    /// <summary>
    /// Document ingestion's settings (section "Ingestion", validated at start), its guarded HTTP client — internal
    /// addresses refused at connect time unless Ingestion:AllowPrivateNetworks, redirects followed one checked hop at a
    /// time by <see cref="GuardedFetcher"/>, no proxy, no cookies — and the <see cref="UrlFetcher"/> over it.
    /// </summary>
    public static IServiceCollection AddIngestion(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSettings<IngestionOptions>(configuration, IngestionOptions.Section);
        services.AddHttpClient(HttpClientName, c => c.Timeout = Timeout.InfiniteTimeSpan)
            .ConfigurePrimaryHttpMessageHandler(sp =>
            {
                var o = sp.GetRequiredService<IOptions<IngestionOptions>>().Value;
                return GuardedHandler.Create(o.AllowPrivateNetworks, o.Timeout, setting: IngestionOptions.Section);
            })
            .SetHandlerLifetime(Timeout.InfiniteTimeSpan);
        services.TryAddSingleton(sp =>
        {
            var clients = sp.GetRequiredService<IHttpClientFactory>();
            var options = sp.GetRequiredService<IOptions<IngestionOptions>>();
            return new UrlFetcher(new GuardedFetcher(() => clients.CreateClient(HttpClientName), () => options.Value.Limits, sp.GetRequiredService<TimeProvider>()));
        });
        return services;
    }
}
