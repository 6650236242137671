using Bot.Knowledge.Alerts;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Bot.Observability;

/// <summary>Ready needs the store: it opens and answers a query (the alert backlog, which the report also shows).</summary>
public sealed class StoreHealthCheck(AlertOutbox outbox) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            return Task.FromResult(HealthCheckResult.Healthy($"store open, {outbox.Backlog()} alert(s) waiting"));
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return Task.FromResult(HealthCheckResult.Unhealthy($"the store cannot be read: {e.Message}"));
        }
    }
}
