using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.TestKit;

/// <summary>
/// A bare Kestrel on 127.0.0.1 that binds port 0 itself and reports the port the system gave it: no free port is
/// guessed and bound later, so tests running side by side never meet "Address already in use". No configuration files,
/// no logging, nothing from the environment (ASPNETCORE_URLS) can move it.
/// </summary>
public sealed class LoopbackHttp : IDisposable
{
    readonly WebApplication _app;

    public LoopbackHttp(RequestDelegate handle)
    {
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        _app = builder.Build();
        _app.Run(handle);
        _app.StartAsync().GetAwaiter().GetResult();
        var address = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        Port = new Uri(address).Port;
        BaseUrl = $"http://127.0.0.1:{Port}";
    }

    public int Port { get; }

    /// <summary>Without a trailing slash: <c>BaseUrl + "/news/1"</c>.</summary>
    public string BaseUrl { get; }

    public void Dispose()
    {
        _app.StopAsync().GetAwaiter().GetResult();
        _app.DisposeAsync().AsTask().GetAwaiter().GetResult();
    }
}
