using Bot.Knowledge;
using Bot.Knowledge.Fetching;
using Bot.Sources.Monitoring;
using Bot.Sources.Polling;
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
    /// The feed and page monitor as a hosted worker — only when Sources:Feeds or Sources:Pages lists something.
    /// <typeparamref name="TNotifier"/> tells the admins about failing sources; <paramref name="newAgreements"/> wakes the
    /// host's alert delivery as soon as a poll stores a new agreement.
    /// </summary>
    public static IServiceCollection AddSourceMonitoring<TNotifier>(this IServiceCollection services, IConfiguration configuration,
        Func<IServiceProvider, Action> newAgreements) where TNotifier : class, IAdminNotifier
    {
        if (configuration.GetSection(SourcesOptions.Section).Get<SourcesOptions>() is not { HasSources: true }) return services;
        services.AddSingleton<INewAgreementsSignal>(sp => new CallbackSignal(newAgreements(sp)));
        services.AddSourcePolling(configuration);
        // The worker opens the store the host uses; binding again is harmless when the host already did.
        services.AddOptions<KnowledgeOptions>().Bind(configuration.GetSection(KnowledgeOptions.Section));
        services.AddSingleton<IAdminNotifier, TNotifier>();
        services.AddSingleton<SourceStoreFactory>();
        services.AddSingleton<FailureNotices>();
        services.AddHostedService<SourceMonitorWorker>();
        return services;
    }

    /// <summary>Everything a polling pass needs, without the worker: what the CLI's `sources poll` and `sources list` use.</summary>
    public static IServiceCollection AddSourcePolling(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SourcesOptions>().Bind(configuration.GetSection(SourcesOptions.Section)).ValidateOnStart();
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
            return new GuardedFetcher(() => clients.CreateClient(HttpClientName), () => Limits(options.Value));
        });
        services.TryAddSingleton<FeedPoll>();
        services.TryAddSingleton<PagePoll>();
        services.TryAddSingleton<SourcePoller>();
        return services;
    }
}
