using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Bot.Sources.Tests.Harness;

/// <summary>
/// A web server on 127.0.0.1 standing in for news sites: feeds and article pages by path, with the ETag/Last-Modified
/// behaviour of a real server (304 when the validators match), error codes, redirects, slow and oversized replies,
/// and a log of every request so tests can tell what was (not) fetched.
/// </summary>
public sealed class FeedServer : IDisposable
{
    public sealed record Route(int Status, string ContentType, byte[] Body)
    {
        public string? ETag { get; init; }
        public string? LastModified { get; init; }
        public string? Location { get; init; }
        public TimeSpan Delay { get; init; }
        /// <summary>No Content-Length: the body is streamed, as a server that does not know its size would.</summary>
        public bool Chunked { get; init; }
    }

    public sealed record Request(string PathAndQuery, string? IfNoneMatch, string? IfModifiedSince, string? UserAgent);

    readonly HttpListener _listener = new();
    readonly ConcurrentDictionary<string, Route> _routes = new(StringComparer.Ordinal);
    readonly ConcurrentQueue<Request> _requests = new();
    readonly Task _loop;

    public FeedServer()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        Port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        BaseUrl = $"http://127.0.0.1:{Port}";
        _listener.Prefixes.Add(BaseUrl + "/");
        _listener.Start();
        _loop = Task.Run(ServeAsync);
    }

    public int Port { get; }

    /// <summary>Without a trailing slash: <c>BaseUrl + "/news/1"</c>.</summary>
    public string BaseUrl { get; }

    public IReadOnlyList<Request> Requests => [.. _requests];

    public string Url(string path) => BaseUrl + path;

    public int Hits(string path) => _requests.Count(r => r.PathAndQuery.Split('?')[0] == path);

    public void Serve(string path, Route route) => _routes[path] = route;

    public void Serve(string path, string contentType, string body, string? etag = null, string? lastModified = null) =>
        Serve(path, new Route(200, contentType, Encoding.UTF8.GetBytes(body)) { ETag = etag, LastModified = lastModified });

    public void Html(string path, string html) => Serve(path, "text/html; charset=utf-8", html);

    public void Rss(string path, string xml, string? etag = null, string? lastModified = null) => Serve(path, "application/rss+xml; charset=utf-8", xml, etag, lastModified);

    public void Atom(string path, string xml) => Serve(path, "application/atom+xml; charset=utf-8", xml);

    public void Fail(string path, int status) => Serve(path, new Route(status, "text/html", Encoding.UTF8.GetBytes($"<html><body>error {status}</body></html>")));

    async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try { context = await _listener.GetContextAsync(); }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException) { return; }
            _ = Task.Run(() => RespondAsync(context));
        }
    }

    async Task RespondAsync(HttpListenerContext context)
    {
        var request = context.Request;
        _requests.Enqueue(new Request(request.Url!.PathAndQuery, request.Headers["If-None-Match"], request.Headers["If-Modified-Since"], request.UserAgent));
        var route = _routes.GetValueOrDefault(request.Url.AbsolutePath) ?? new Route(404, "text/plain", "not found"u8.ToArray());
        var response = context.Response;
        try
        {
            if (route.Delay > TimeSpan.Zero) await Task.Delay(route.Delay);
            if (route.ETag is not null) response.Headers["ETag"] = route.ETag;
            if (route.LastModified is not null) response.Headers["Last-Modified"] = route.LastModified;
            var notModified = route.Status == 200 && (
                route.ETag is not null && request.Headers["If-None-Match"] == route.ETag
                || route.ETag is null && route.LastModified is not null && request.Headers["If-Modified-Since"] == route.LastModified);
            if (notModified)
            {
                response.StatusCode = 304;
                response.Close();
                return;
            }
            response.StatusCode = route.Status;
            response.ContentType = route.ContentType;
            if (route.Location is not null) response.RedirectLocation = route.Location;
            if (route.Chunked) response.SendChunked = true;
            else response.ContentLength64 = route.Body.Length;
            await response.OutputStream.WriteAsync(route.Body);
            response.Close();
        }
        // The client may hang up early (a size cap, a time limit): that is its right, not a server fault.
        catch (Exception e) when (e is HttpListenerException or IOException or ObjectDisposedException or InvalidOperationException)
        {
            response.Abort();
        }
    }

    public void Dispose()
    {
        _listener.Stop();
        _listener.Close();
        _loop.Wait(TimeSpan.FromSeconds(5));
    }
}
