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
    public async Task Sources_added_at_the_command_line_are_listed_exported_as_opml_and_removed_beside_the_configured_ones()
    {
        var added = await RunAsync("sources", "add", "https://agency.example/rss.xml", "--interval", "1m", "--name", "Agency");
        var listed = await RunAsync("sources", "list", "--json");
        var exported = await RunAsync("sources", "export", "-");
        var removed = await RunAsync("sources", "remove", "3");
        var unknown = await RunAsync("sources", "remove", "https://agency.example/rss.xml");

        added.ExitCode.ShouldBe(0, added.Stderr);
        added.Stdout.ShouldContain("added: Agency (feed) https://agency.example/rss.xml, every 5m");
        added.Stderr.ShouldContain("raised to the minimum, 5m");
        using (var json = JsonDocument.Parse(listed.Stdout))
        {
            json.RootElement.GetArrayLength().ShouldBe(3);
            json.RootElement[2].GetProperty("origin").GetString().ShouldBe("cli");
            json.RootElement[2].GetProperty("interval_s").GetDouble().ShouldBe(300);
            json.RootElement[0].GetProperty("origin").GetString().ShouldBe("config");
        }
        exported.Stdout.ShouldContain("xmlUrl=\"https://agency.example/rss.xml\"");
        exported.Stdout.ShouldContain("xmlUrl=\"" + _server.Url("/good.rss") + "\"");
        removed.Stdout.ShouldContain("removed: Agency");
        unknown.ExitCode.ShouldBe(2);
        unknown.Stderr.Trim().ShouldBe("error: no watched source 'https://agency.example/rss.xml' (see `sources list`)");
    }

    [Fact]
    public async Task Sources_import_adds_an_opml_files_feeds_and_refuses_a_dtd_in_one_line()
    {
        var good = Path.Combine(Path.GetTempPath(), $"kzbg-{Guid.NewGuid():N}.opml");
        var bomb = Path.Combine(Path.GetTempPath(), $"kzbg-{Guid.NewGuid():N}.opml");
        await File.WriteAllTextAsync(good, """<opml version="2.0"><body><outline text="Agency" type="rss" xmlUrl="https://agency.example/rss.xml"/></body></opml>""");
        await File.WriteAllTextAsync(bomb, """<?xml version="1.0"?><!DOCTYPE opml [<!ENTITY x SYSTEM "file:///etc/passwd">]><opml><body><outline text="&x;" xmlUrl="https://x.example/"/></body></opml>""");
        try
        {
            var imported = await RunAsync("sources", "import", good);
            var refused = await RunAsync("sources", "import", bomb);

            imported.ExitCode.ShouldBe(0, imported.Stderr);
            imported.Stdout.ShouldContain("added 1, already watched 0, refused 0");
            refused.ExitCode.ShouldBe(2);
            refused.Stderr.Trim().Split('\n').Length.ShouldBe(1);
            refused.Stderr.ShouldContain("DTD");
        }
        finally
        {
            File.Delete(good);
            File.Delete(bomb);
        }
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
