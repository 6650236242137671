using System.Text.Json;
using Bot.Sources.Tests.Harness;
using Bot.TestKit;

namespace Bot.Sources.Tests;

/// <summary>`sources poll` and `sources list` through the real program, configured by environment variables as an operator would.</summary>
public sealed class SourcesCliTests : IDisposable
{
    readonly string _db = Path.Combine(Path.GetTempPath(), $"kzbg-sources-cli-{Guid.NewGuid():N}.db");
    readonly FeedServer _server = new();

    public void Dispose()
    {
        _server.Dispose();
        TempStore.DeleteFiles(_db);
    }

    Dictionary<string, string> Env() => new()
    {
        ["Sources__AllowPrivateNetworks"] = "true",
        ["Sources__Feeds__0__Url"] = _server.Url("/good.rss"),
        ["Sources__Feeds__0__Name"] = "Steppe Wire",
        ["Sources__Feeds__1__Url"] = _server.Url("/broken.rss"),
        ["Sources__Feeds__1__Name"] = "Broken agency",
    };

    Task<CliRunner.Result> RunAsync(params string[] args) => CliRunner.RunAsync(["--db", _db, "--no-seed", .. args], env: Env());

    [Fact]
    public async Task Sources_poll_reports_each_source_and_exits_0_when_one_of_them_failed()
    {
        _server.Html("/news/rail", Fixture.Article("steppe-wire-rail-memorandum"));
        _server.Rss("/good.rss", FeedXml.Rss("Steppe Wire", new Entry(_server.Url("/news/rail?utm_source=rss"), "Memorandum", new DateTimeOffset(2026, 3, 12, 16, 5, 0, TimeSpan.FromHours(2)))));
        _server.Fail("/broken.rss", 500);

        var r = await RunAsync("sources", "poll", "--json");

        r.ExitCode.ShouldBe(0, r.Stderr);
        using var json = JsonDocument.Parse(r.Stdout);
        var sources = json.RootElement.GetProperty("sources");
        var good = sources[0];
        good.GetProperty("name").GetString().ShouldBe("Steppe Wire");
        good.GetProperty("status").GetString().ShouldBe("polled");
        (good.GetProperty("seen").GetInt32(), good.GetProperty("new").GetInt32(), good.GetProperty("ingested").GetInt32()).ShouldBe((1, 1, 1));
        good.GetProperty("items")[0].GetProperty("url").GetString().ShouldBe(_server.Url("/news/rail"));
        var broken = sources[1];
        broken.GetProperty("status").GetString().ShouldBe("failed");
        broken.GetProperty("error").GetString().ShouldBe("HTTP 500 Internal Server Error");
        json.RootElement.GetProperty("failed_sources").GetInt32().ShouldBe(1);
        json.RootElement.GetProperty("new_agreements").GetInt32().ShouldBe(1);
    }

    [Fact]
    public async Task Sources_list_shows_each_sources_status_after_a_poll()
    {
        _server.Rss("/good.rss", FeedXml.Rss("Steppe Wire"));
        _server.Fail("/broken.rss", 503);
        await RunAsync("sources", "poll");

        var text = await RunAsync("sources", "list");
        var json = await RunAsync("sources", "list", "--json");

        text.ExitCode.ShouldBe(0, text.Stderr);
        text.Stdout.ShouldContain("Broken agency (feed) " + _server.Url("/broken.rss"));
        text.Stdout.ShouldContain("last error: HTTP 503 Service Unavailable");
        using var doc = JsonDocument.Parse(json.Stdout);
        var broken = doc.RootElement[1];
        broken.GetProperty("consecutive_failures").GetInt32().ShouldBe(1);
        broken.GetProperty("last_error").GetString().ShouldBe("HTTP 503 Service Unavailable");
        broken.GetProperty("next_due").GetString().ShouldNotBeNull();
        doc.RootElement[0].GetProperty("consecutive_failures").GetInt32().ShouldBe(0);
    }

    [Fact]
    public async Task A_feed_url_that_is_not_http_is_a_settings_error_naming_the_key()
    {
        var r = await CliRunner.RunAsync(["--db", _db, "--no-seed", "sources", "poll"], env: new Dictionary<string, string> { ["Sources__Feeds__0__Url"] = "file:///etc/passwd" });

        r.ExitCode.ShouldBe(2);
        r.Stderr.ShouldContain("Sources:Feeds:0:Url must be an absolute http or https URL (got 'file:///etc/passwd')");
    }

    [Fact]
    public async Task A_bad_sources_setting_does_not_stop_the_other_verbs()
    {
        var r = await CliRunner.RunAsync(["--db", _db, "--no-seed", "agreements", "--json"], env: new Dictionary<string, string> { ["Sources__Feeds__0__Url"] = "not a url" });

        r.ExitCode.ShouldBe(0, r.Stderr);
        r.Stdout.Trim().ShouldBe("[]");
    }
}
