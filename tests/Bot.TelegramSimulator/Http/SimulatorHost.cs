using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.TelegramSimulator.Http;

/// <summary>
/// A bare Kestrel on 127.0.0.1: no configuration files, no logging, nothing from the test's environment
/// (ASPNETCORE_URLS and the like) can move it.
/// </summary>
internal sealed class SimulatorHost : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly CancellationTokenSource _stopping;

    private SimulatorHost(WebApplication app, CancellationTokenSource stopping, int port)
    {
        _app = app;
        _stopping = stopping;
        Port = port;
    }

    public int Port { get; }

    /// <summary>Starts listening; the handler gets a token that fires when this host begins to stop.</summary>
    public static async Task<SimulatorHost> StartAsync(int port, Func<CancellationToken, RequestDelegate> handler, CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, port));
        var app = builder.Build();
        var stopping = new CancellationTokenSource();
        app.Run(handler(stopping.Token));
        try
        {
            await app.StartAsync(cancellationToken);
        }
        catch
        {
            await app.DisposeAsync();
            stopping.Dispose();
            throw;
        }

        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new SimulatorHost(app, stopping, new Uri(address).Port);
    }

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        await _app.StopAsync();
        await _app.DisposeAsync();
        _stopping.Dispose();
    }
}
