using Bot.Knowledge.Fetching;
using Bot.Knowledge.Ingestion;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Bot.Knowledge;

public static class IngestionServiceCollectionExtensions
{
    /// <summary>The HTTP client documents named by URL are downloaded with (CLI `ingest`, admin /ingest).</summary>
    public const string HttpClientName = "ingest";

    /// <summary>
    /// Document ingestion's settings (section "Ingestion", validated at start) and its guarded HTTP client: internal
    /// addresses refused at connect time unless Ingestion:AllowPrivateNetworks, redirects followed one checked hop at a
    /// time by <see cref="GuardedFetcher"/>, no proxy, no cookies, no request logging.
    /// </summary>
    public static IServiceCollection AddIngestion(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<IngestionOptions>().Bind(configuration.GetSection(IngestionOptions.Section))
            .Validate(o => o.MaxBytes is >= 1024 and <= 200 * 1024 * 1024, "Ingestion:MaxBytes must be between 1024 and 209715200")
            .Validate(o => o.Timeout >= TimeSpan.FromSeconds(1) && o.Timeout <= TimeSpan.FromMinutes(10), "Ingestion:Timeout must be between 00:00:01 and 00:10:00")
            .Validate(o => o.MaxRedirects is >= 0 and <= 20, "Ingestion:MaxRedirects must be between 0 and 20")
            .ValidateOnStart();
        services.AddHttpClient(HttpClientName, c => c.Timeout = Timeout.InfiniteTimeSpan)
            .ConfigurePrimaryHttpMessageHandler(sp =>
            {
                var o = sp.GetRequiredService<IOptions<IngestionOptions>>().Value;
                return GuardedHandler.Create(o.AllowPrivateNetworks, o.Timeout, setting: IngestionOptions.Section);
            })
            .SetHandlerLifetime(Timeout.InfiniteTimeSpan);
        return services;
    }
}
