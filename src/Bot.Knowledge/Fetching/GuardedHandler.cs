using System.Net;
using System.Net.Sockets;

namespace Bot.Knowledge.Fetching;

/// <summary>
/// The HTTP handler for untrusted URLs. The address check runs at connect time, on the addresses DNS actually
/// returned, so a public name that resolves to an internal address (or is re-pointed between check and use) is
/// still refused. Redirects are followed by <see cref="GuardedFetcher"/>, one checked hop at a time; no proxy, since
/// through a proxy the check would see the proxy's address rather than the target's; no cookies.
/// </summary>
public static class GuardedHandler
{
    /// <param name="resolve">Name resolution; DNS unless a test supplies its own.</param>
    /// <param name="setting">The settings prefix whose AllowPrivateNetworks would allow a refused address.</param>
    public static SocketsHttpHandler Create(bool allowPrivateNetworks, TimeSpan connectTimeout, Func<string, CancellationToken, Task<IPAddress[]>>? resolve = null,
        string setting = "Sources") => new()
    {
        AllowAutoRedirect = false,
        UseProxy = false,
        UseCookies = false,
        AutomaticDecompression = DecompressionMethods.All,
        ConnectTimeout = connectTimeout,
        PooledConnectionLifetime = TimeSpan.FromMinutes(5),
        ConnectCallback = (context, ct) => ConnectAsync(context.DnsEndPoint, allowPrivateNetworks, resolve ?? Dns.GetHostAddressesAsync, setting, ct),
    };

    static async ValueTask<Stream> ConnectAsync(DnsEndPoint target, bool allowPrivate, Func<string, CancellationToken, Task<IPAddress[]>> resolve, string setting,
        CancellationToken ct)
    {
        var addresses = IPAddress.TryParse(target.Host.Trim('[', ']'), out var literal)
            ? [literal]
            : await resolve(target.Host, ct);
        var allowed = addresses.Where(a => allowPrivate || NetworkGuard.IsPublic(a)).ToArray();
        if (allowed.Length == 0)
            throw new BlockedTargetException(addresses.Length == 0
                ? $"{target.Host} does not resolve"
                : $"{target.Host} resolves to a private-network address ({addresses[0]}), which is not allowed ({setting}:AllowPrivateNetworks)");
        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(allowed, target.Port, ct);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }
}
