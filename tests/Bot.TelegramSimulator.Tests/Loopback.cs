using System.Net;
using System.Net.Sockets;

namespace Bot.TelegramSimulator.Tests;

/// <summary>Small helpers for tests that talk over 127.0.0.1.</summary>
internal static class Loopback
{
    /// <summary>A port nothing listens on, for a webhook that cannot be reached.</summary>
    public static int ClosedPort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    /// <summary>Waits for state the simulator changes after it has answered (e.g. a webhook's 2xx arrived first).</summary>
    public static async Task WaitUntilAsync(Func<bool> condition)
    {
        using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        while (!condition())
        {
            await Task.Delay(20, limit.Token);
        }
    }
}
