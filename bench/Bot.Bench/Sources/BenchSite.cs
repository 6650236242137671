using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Bot.Bench.Sources;

/// <summary>
/// A news site on 127.0.0.1 (Kestrel): one RSS feed listing every article, honouring If-None-Match, and the article
/// pages. Everything is rendered before the clock starts, so the site costs the measurement as little as it can.
/// </summary>
internal sealed class BenchSite : IAsyncDisposable
{
    const string FeedETag = "\"bench-feed\"";

    readonly WebApplication _app;

    BenchSite(WebApplication app, string baseUrl)
    {
        _app = app;
        BaseUrl = baseUrl;
    }

    public string BaseUrl { get; }

    public string FeedUrl => BaseUrl + "/rss";

    public static async Task<BenchSite> StartAsync(IReadOnlyList<BenchArticle> articles, CancellationToken ct)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var pages = articles.ToDictionary(a => a.Path, a => Encoding.UTF8.GetBytes(a.Html), StringComparer.Ordinal);
        byte[]? feed = null;
        app.Run(async context =>
        {
            var path = context.Request.Path.Value ?? "/";
            if (path == "/rss")
            {
                if (context.Request.Headers.IfNoneMatch == FeedETag)
                {
                    context.Response.StatusCode = StatusCodes.Status304NotModified;
                    return;
                }
                context.Response.Headers.ETag = FeedETag;
                await Write(context, "application/rss+xml; charset=utf-8", feed!);
            }
            else if (pages.TryGetValue(path, out var page)) await Write(context, "text/html; charset=utf-8", page);
            else context.Response.StatusCode = StatusCodes.Status404NotFound;
        });
        await app.StartAsync(ct);
        var site = new BenchSite(app, app.Urls.First().TrimEnd('/'));
        feed = Encoding.UTF8.GetBytes(BenchFeed.Rss(site.BaseUrl, articles));
        return site;
    }

    static Task Write(HttpContext context, string type, byte[] body)
    {
        context.Response.ContentType = type;
        context.Response.ContentLength = body.Length;
        return context.Response.Body.WriteAsync(body).AsTask();
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
