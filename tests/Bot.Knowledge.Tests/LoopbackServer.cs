using System.Text;
using Bot.TestKit;
using Microsoft.AspNetCore.Http;

namespace Bot.Knowledge.Tests;

/// <summary>A tiny web server on 127.0.0.1 serving canned pages by path, for fetching real HTTP without the internet.</summary>
internal sealed class LoopbackServer : IDisposable
{
    public sealed record Page(int Status, string ContentType, string Body, string? Location = null);

    readonly LoopbackHttp _server;
    readonly Dictionary<string, Page> _pages = new(StringComparer.Ordinal);

    /// <summary>With a trailing slash: <c>BaseUrl + "news/1"</c>.</summary>
    public string BaseUrl { get; }

    public List<string> Requests { get; } = [];

    public LoopbackServer()
    {
        _server = new LoopbackHttp(ServeAsync);
        BaseUrl = _server.BaseUrl + "/";
    }

    public void Add(string path, Page page)
    {
        lock (_pages) _pages[path] = page;
    }

    async Task ServeAsync(HttpContext context)
    {
        var path = context.Request.Path.Value ?? "/";
        Page? page;
        lock (_pages)
        {
            Requests.Add(path + context.Request.QueryString);
            page = _pages.GetValueOrDefault(path);
        }
        page ??= new Page(404, "text/plain", "not found");
        var bytes = Encoding.UTF8.GetBytes(page.Body);
        context.Response.StatusCode = page.Status;
        context.Response.ContentType = page.ContentType;
        if (page.Location is not null) context.Response.Headers.Location = page.Location;
        context.Response.ContentLength = bytes.Length;
        try
        {
            await context.Response.Body.WriteAsync(bytes);
        }
        // The client may hang up early (a size cap, a refused page): that is its right, not a server fault.
        catch (Exception e) when (e is IOException or OperationCanceledException)
        {
            context.Abort();
        }
    }

    public void Dispose() => _server.Dispose();
}
