using Bot.Knowledge;
using Bot.Knowledge.Seeding;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.Hosting;

/// <summary>Registered first, so the store is opened and seeded from data/ (or brought up to date) before any verb or worker uses it.</summary>
public sealed class SeedOnStart(StoreSeeder seeder, IOptions<KnowledgeOptions> options, Invocation invocation, ILogger<SeedOnStart> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var report = await seeder.EnsureSeededAsync(options.Value.ResolvedDataPath, invocation.NoSeed, cancellationToken);
        if (report is not null) logger.LogInformation("Knowledge store seeded from {Path}", options.Value.ResolvedDataPath);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
