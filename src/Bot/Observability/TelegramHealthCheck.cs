using Bot.Telegram.Routing;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Bot.Observability;

/// <summary>Ready needs Telegram to have answered getMe (the token is accepted and the Bot API is reachable).</summary>
public sealed class TelegramHealthCheck(BotIdentity identity) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(identity.Id != 0
            ? HealthCheckResult.Healthy($"connected to Telegram as @{identity.Username}")
            : HealthCheckResult.Unhealthy("Telegram has not answered getMe yet"));
}
