using System.Globalization;
using Bot.Knowledge.Observability;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Bot.Observability;

/// <summary>
/// Ready needs every background worker (updates, alert delivery, source monitoring) running, and each that reports
/// progress to have done so by the time it promised (plus Health:StaleAfter). The report names each that is not.
/// </summary>
public sealed class WorkersHealthCheck(IServiceProvider services, WorkerHeartbeats heartbeats, TimeProvider clock, IOptions<HealthOptions> options) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        var workers = services.GetServices<IHostedService>().OfType<BackgroundService>().ToList();
        var problems = new List<string>();
        foreach (var worker in workers)
        {
            var name = worker.GetType().Name;
            if (worker.ExecuteTask is not { IsCompleted: false })
                problems.Add(worker.ExecuteTask is null ? $"{name} has not started" : $"{name} is not running");
            else if (heartbeats.Of(name) is { } beat && beat.Due < now - options.Value.StaleAfter)
                problems.Add(string.Create(CultureInfo.InvariantCulture, $"{name} has made no progress since {beat.Last:HH:mm:ss} UTC"));
        }
        return Task.FromResult(problems.Count == 0
            ? HealthCheckResult.Healthy($"{workers.Count} worker(s) running")
            : HealthCheckResult.Unhealthy(string.Join("; ", problems)));
    }
}
