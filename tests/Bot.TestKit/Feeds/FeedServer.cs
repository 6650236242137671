using System.Collections.Concurrent;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace Bot.TestKit.Feeds;

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
        /// <summary>Never answers: the request waits until the client gives up (its time limit) or the server stops.</summary>
        public bool Stall { get; init; }
        /// <summary>No Content-Length: the body is streamed, as a server that does not know its size would.</summary>
        public bool Chunked { get; init; }
    }

    public sealed record Request(string PathAndQuery, string? IfNoneMatch, string? IfModifiedSince, string? UserAgent);

    readonly LoopbackHttp _server;
    readonly ConcurrentDictionary<string, Route> _routes = new(StringComparer.Ordinal);
    readonly ConcurrentQueue<Request> _requests = new();

    public FeedServer() => _server = new LoopbackHttp(RespondAsync);

    public int Port => _server.Port;

    /// <summary>Without a trailing slash: <c>BaseUrl + "/news/1"</c>.</summary>
    public string BaseUrl => _server.BaseUrl;

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

    async Task RespondAsync(HttpContext context)
    {
        var request = context.Request;
        var path = request.Path.Value ?? "/";
        string? Header(string name) => request.Headers.TryGetValue(name, out var v) ? v.ToString() : null;
        _requests.Enqueue(new Request(path + request.QueryString, Header("If-None-Match"), Header("If-Modified-Since"), Header("User-Agent")));
        var route = _routes.GetValueOrDefault(path) ?? new Route(404, "text/plain", "not found"u8.ToArray());
        var response = context.Response;
        try
        {
            if (route.Delay > TimeSpan.Zero) await Task.Delay(route.Delay, context.RequestAborted);
            if (route.Stall) await Task.Delay(Timeout.Infinite, context.RequestAborted);
            if (route.ETag is not null) response.Headers.ETag = route.ETag;
            if (route.LastModified is not null) response.Headers.LastModified = route.LastModified;
            var notModified = route.Status == 200 && (
                route.ETag is not null && Header("If-None-Match") == route.ETag
                || route.ETag is null && route.LastModified is not null && Header("If-Modified-Since") == route.LastModified);
            if (notModified)
            {
                response.StatusCode = 304;
                return;
            }
            response.StatusCode = route.Status;
            response.ContentType = route.ContentType;
            if (route.Location is not null) response.Headers.Location = route.Location;
            // Without a Content-Length Kestrel streams the body in chunks, as a server that does not know its size would.
            if (!route.Chunked) response.ContentLength = route.Body.Length;
            await response.Body.WriteAsync(route.Body, context.RequestAborted);
        }
        // The client may hang up early (a size cap, a time limit): that is its right, not a server fault.
        catch (Exception e) when (e is IOException or OperationCanceledException)
        {
            context.Abort();
        }
    }

    public void Dispose() => _server.Dispose();
}
