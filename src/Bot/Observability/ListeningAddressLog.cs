using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Bot.Observability;

/// <summary>Says where the health endpoints are once the server listens (the port may have been chosen by the system: ":0").</summary>
public sealed class ListeningAddressLog(IServer server, IHostApplicationLifetime lifetime, ILogger<ListeningAddressLog> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        lifetime.ApplicationStarted.Register(() =>
        {
            foreach (var address in server.Features.Get<IServerAddressesFeature>()?.Addresses ?? [])
                logger.LogInformation("Health endpoints at {Address}{Path}", address, HealthEndpoints.ReadyPath);
        });
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
