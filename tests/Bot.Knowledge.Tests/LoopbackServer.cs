using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Bot.Knowledge.Tests;

/// <summary>A tiny web server on 127.0.0.1 serving canned pages by path, for fetching real HTTP without the internet.</summary>
internal sealed class LoopbackServer : IDisposable
{
    public sealed record Page(int Status, string ContentType, string Body, string? Location = null);

    readonly HttpListener _listener = new();
    readonly Dictionary<string, Page> _pages = new(StringComparer.Ordinal);
    readonly Task _loop;

    public string BaseUrl { get; }

    public List<string> Requests { get; } = [];

    public LoopbackServer()
    {
        BaseUrl = $"http://127.0.0.1:{FreePort()}/";
        _listener.Prefixes.Add(BaseUrl);
        _listener.Start();
        _loop = Task.Run(ServeAsync);
    }

    public void Add(string path, Page page)
    {
        lock (_pages) _pages[path] = page;
    }

    static int FreePort()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return port;
    }

    async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try { context = await _listener.GetContextAsync(); }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException) { return; }
            var path = context.Request.Url!.AbsolutePath;
            Page? page;
            lock (_pages)
            {
                Requests.Add(context.Request.Url.PathAndQuery);
                page = _pages.GetValueOrDefault(path);
            }
            page ??= new Page(404, "text/plain", "not found");
            var bytes = Encoding.UTF8.GetBytes(page.Body);
            context.Response.StatusCode = page.Status;
            context.Response.ContentType = page.ContentType;
            if (page.Location is not null) context.Response.RedirectLocation = page.Location;
            context.Response.ContentLength64 = bytes.Length;
            try
            {
                await context.Response.OutputStream.WriteAsync(bytes);
                context.Response.Close();
            }
            // The client may hang up early (a size cap, a refused page): that is its right, not a server fault.
            catch (Exception e) when (e is HttpListenerException or IOException or ObjectDisposedException)
            {
                context.Response.Abort();
            }
        }
    }

    public void Dispose()
    {
        _listener.Stop();
        _listener.Close();
        _loop.Wait(TimeSpan.FromSeconds(5));
    }
}
