using Bot.Telegram.Localization;
using Bot.Telegram.Tests.Harness;
using Bot.TestKit;
using Microsoft.AspNetCore.Http;

namespace Bot.Telegram.Tests.Hostile;

/// <summary>
/// An admin's /ingest URL goes through the same guarded fetch as the CLI: an internal address, a redirect out of the web
/// or a body cut short is that URL's failure line in the report, never "Sorry, something went wrong".
/// </summary>
public sealed class AdminIngestUrlTests
{
    [Theory]
    [InlineData("http://127.0.0.1:9/page")]
    [InlineData("http://2130706433:9/page")]
    [InlineData("http://[::1]:9/page")]
    [InlineData("http://169.254.169.254/latest/meta-data/")]
    public async Task An_internal_address_is_refused_in_the_report_and_nothing_is_stored(string url)
    {
        await using var bot = await BotHarness.StartAsync();
        using var before = bot.OpenStore();
        var documents = before.Documents.Count();

        var reply = await bot.SendAsync(BotHarness.AdminId, $"/ingest {url}");

        reply.PlainText.ShouldStartWith(BotTexts.Get("en", "ingest_report", 0, 0, 0, 1, 0, 0, 0));
        reply.PlainText.ShouldContain("refused: ");
        reply.PlainText.ShouldContain("Ingestion:AllowPrivateNetworks");
        reply.PlainText.ShouldNotBe(BotTexts.Get("en", "error"));
        using var after = bot.OpenStore();
        after.Documents.Count().ShouldBe(documents);
    }

    [Theory]
    [InlineData("/to-file", "refused: only http and https URLs are fetched, not file:")]
    [InlineData("/cut-short", "could not fetch: ")]
    public async Task A_redirect_out_of_the_web_or_a_body_cut_short_is_one_failure_line_in_the_report(string path, string reason)
    {
        using var site = new LoopbackHttp(async context =>
        {
            if (context.Request.Path == "/to-file")
            {
                context.Response.Redirect("file:///etc/passwd");
                return;
            }
            // Promises a page, sends its start and hangs up: a server that crashed mid-reply.
            context.Response.ContentType = "text/html";
            context.Response.ContentLength = 100_000;
            await context.Response.WriteAsync("<html><body>Trade between Kazakhstan and");
            await context.Response.Body.FlushAsync();
            context.Abort();
        });
        await using var bot = await BotHarness.StartAsync(s => s["Ingestion:AllowPrivateNetworks"] = "true");

        var reply = await bot.SendAsync(BotHarness.AdminId, $"/ingest {site.BaseUrl}{path}");

        reply.PlainText.ShouldStartWith(BotTexts.Get("en", "ingest_report", 0, 0, 0, 1, 0, 0, 0));
        reply.PlainText.ShouldContain(site.BaseUrl + path);
        reply.PlainText.ShouldContain(reason);
        reply.PlainText.ShouldNotContain(BotTexts.Get("en", "error"));
        bot.Logs.All.ShouldNotContain("   at ");
    }
}
