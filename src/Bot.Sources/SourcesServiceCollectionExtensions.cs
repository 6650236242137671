using Bot.Knowledge.Settings;
using Bot.Knowledge.Fetching;
using Bot.Knowledge.SourceState;
using Bot.Sources.Monitoring;
using Bot.Sources.Polling;
using Bot.Sources.State;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Bot.Sources;

public static class SourcesServiceCollectionExtensions
{
    /// <summary>The guarded HTTP client feeds, pages and articles are downloaded with.</summary>
    public const string HttpClientName = "sources";

    /// <summary>The download limits of Sources:* for the shared <see cref="GuardedFetcher"/>.</summary>
    public static FetchLimits Limits(SourcesOptions o) => new(o.AllowPrivateNetworks, o.MaxBytes, o.Timeout, o.MaxRedirects, o.UserAgent, SourcesOptions.Section);

    /// <summary>
    /// The feed and page monitor as a hosted worker (it waits while no source is watched) on top
    /// of <see cref="AddSourcePolling"/>. The host supplies <see cref="IAdminNotifier"/> (who hears about failing
    /// sources; the log when none) and <see cref="INewAgreementsSignal"/> (what wakes alert delivery).
    /// </summary>
    public static IServiceCollection AddSourceMonitoring(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSourcePolling(configuration);
        // Always: a feed an admin adds at run time is polled without a restart; with none the worker only waits.
        services.TryAddSingleton<IAdminNotifier, LoggedNotices>();
        services.TryAddSingleton<FailureNotices>();
        services.AddHostedService<SourceMonitorWorker>();
        return services;
    }

    /// <summary>Everything a polling pass needs, without the worker: what the CLI's `sources poll` and `sources list` use.</summary>
    public static IServiceCollection AddSourcePolling(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSettings<SourcesOptions>(configuration, SourcesOptions.Section);
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<SourcesOptions>, SourcesOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        // The fetcher owns its time limit (whole exchange, body included) and its redirects (each hop checked).
        services.AddHttpClient(HttpClientName, c => c.Timeout = Timeout.InfiniteTimeSpan)
            .ConfigurePrimaryHttpMessageHandler(sp =>
            {
                var o = sp.GetRequiredService<IOptions<SourcesOptions>>().Value;
                return GuardedHandler.Create(o.AllowPrivateNetworks, o.Timeout);
            })
            // One handler for the process's life: it recycles its own connections (PooledConnectionLifetime).
            .SetHandlerLifetime(Timeout.InfiniteTimeSpan);
        services.TryAddSingleton<INewAgreementsSignal, NoSignal>();
        services.TryAddSingleton(sp =>
        {
            var clients = sp.GetRequiredService<IHttpClientFactory>();
            var options = sp.GetRequiredService<IOptions<SourcesOptions>>();
            return new GuardedFetcher(() => clients.CreateClient(HttpClientName), () => Limits(options.Value), sp.GetRequiredService<TimeProvider>());
        });
        services.TryAddSingleton<SourceStates>();
        services.TryAddSingleton<SeenItems>();
        services.TryAddSingleton<FeedPoll>();
        services.TryAddSingleton<PagePoll>();
        services.TryAddSingleton<SourcePoller>();
        services.TryAddSingleton<SourcesChanged>();
        services.TryAddSingleton<FeedRegistry>();
        services.TryAddSingleton<IFeedRegistry>(sp => sp.GetRequiredService<FeedRegistry>());
        return services;
    }
}
