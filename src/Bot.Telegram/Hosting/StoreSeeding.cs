using Bot.Knowledge;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.Telegram.Hosting;

/// <summary>Registered first, so the store is seeded from data/ (or brought up to date) before any worker starts.</summary>
public sealed class StoreSeeding(KnowledgeStore store, IOptions<KnowledgeOptions> options, TimeProvider clock, ILogger<StoreSeeding> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var report = await store.EnsureSeededAsync(options.Value.ResolvedDataPath, noSeed: false, clock, cancellationToken);
        if (report is not null) logger.LogInformation("Knowledge store seeded from {Path}", options.Value.ResolvedDataPath);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
