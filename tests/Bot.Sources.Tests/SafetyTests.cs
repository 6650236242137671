using System.Net;
using System.Text;
using Bot.Knowledge.Fetching;
using Bot.Sources.Polling;
using Bot.Sources.Tests.Harness;
using Bot.TestKit;

namespace Bot.Sources.Tests;

/// <summary>Feeds and the pages they link to are written by strangers: limits on where we go, how long we wait and how much we read.</summary>
public sealed class SafetyTests : IDisposable
{
    static readonly DateTimeOffset March12 = new(2026, 3, 12, 16, 5, 0, TimeSpan.FromHours(2));

    readonly SourcesHarness _h = new();

    public void Dispose() => _h.Dispose();

    async Task<SourceReport> PollOnlySourceAsync() => (await _h.PollAsync()).Sources.ShouldHaveSingleItem();

    [Theory]
    [InlineData("http://127.0.0.1:{port}/rss")]
    [InlineData("http://localhost:{port}/rss")]
    [InlineData("http://[::1]:{port}/rss")]
    [InlineData("http://10.1.2.3:{port}/rss")]
    [InlineData("http://169.254.169.254/latest/meta-data/")]
    public async Task A_private_network_target_is_refused_without_a_request_unless_allowed(string url)
    {
        _h.Server.Rss("/rss", FeedXml.Rss("Local"));
        _h.Set("AllowPrivateNetworks", "false");
        _h.Settings["Sources:Feeds:0:Url"] = url.Replace("{port}", _h.Server.Port.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);

        var source = await PollOnlySourceAsync();

        source.Status.ShouldBe(SourceStatus.Failed);
        source.Error!.ShouldStartWith("refused: ");
        source.Error.ShouldContain("Sources:AllowPrivateNetworks");
        _h.Server.Requests.ShouldBeEmpty();
    }

    [Fact]
    public async Task A_host_name_is_checked_on_the_addresses_it_resolves_to_when_connecting()
    {
        // A public-looking name that DNS points at loopback: only the connect-time check can stop it.
        _h.Server.Rss("/rss", FeedXml.Rss("Local"));
        var options = Microsoft.Extensions.Options.Options.Create(new SourcesOptions());
        using var handler = GuardedHandler.Create(allowPrivateNetworks: false, TimeSpan.FromSeconds(5),
            (host, _) => Task.FromResult(host == "news.example.com" ? new[] { IPAddress.Loopback } : []));
        using var http = new HttpClient(handler);
        var fetcher = new GuardedFetcher(() => http, () => SourcesServiceCollectionExtensions.Limits(options.Value));

        var error = await Should.ThrowAsync<FetchException>(() =>
            fetcher.FetchAsync(new Uri($"http://news.example.com:{_h.Server.Port}/rss"), "*/*", null, null, CancellationToken.None));

        error.Message.ShouldBe("refused: news.example.com resolves to a private-network address (127.0.0.1), which is not allowed (Sources:AllowPrivateNetworks)");
        _h.Server.Requests.ShouldBeEmpty();
    }

    [Fact]
    public async Task The_same_name_is_connected_to_when_private_networks_are_allowed()
    {
        _h.Server.Rss("/rss", FeedXml.Rss("Local"));
        var options = Microsoft.Extensions.Options.Options.Create(new SourcesOptions { AllowPrivateNetworks = true });
        using var handler = GuardedHandler.Create(allowPrivateNetworks: true, TimeSpan.FromSeconds(5), (_, _) => Task.FromResult(new[] { IPAddress.Loopback }));
        using var http = new HttpClient(handler);

        await new GuardedFetcher(() => http, () => SourcesServiceCollectionExtensions.Limits(options.Value))
            .FetchAsync(new Uri($"http://news.example.com:{_h.Server.Port}/rss"), "*/*", null, null, CancellationToken.None);

        // The connection was made to the address the name resolved to: the loopback server saw the request.
        _h.Server.Hits("/rss").ShouldBe(1);
    }

    [Theory]
    [InlineData("127.0.0.1", false)]
    [InlineData("10.0.0.5", false)]
    [InlineData("172.16.4.1", false)]
    [InlineData("172.32.0.1", true)]
    [InlineData("192.168.1.10", false)]
    [InlineData("100.64.0.1", false)]
    [InlineData("169.254.169.254", false)]
    [InlineData("0.0.0.0", false)]
    [InlineData("224.0.0.251", false)]
    [InlineData("::1", false)]
    [InlineData("fe80::1", false)]
    [InlineData("fd12:3456::1", false)]
    [InlineData("::ffff:127.0.0.1", false)]
    [InlineData("::ffff:10.0.0.1", false)]
    [InlineData("2002:0a00:0001::1", false)]
    [InlineData("8.8.8.8", true)]
    [InlineData("195.12.1.1", true)]
    [InlineData("2a00:1450:4001::200e", true)]
    public void Addresses_are_public_only_outside_loopback_private_link_local_and_reserved_ranges(string address, bool isPublic) =>
        NetworkGuard.IsPublic(IPAddress.Parse(address)).ShouldBe(isPublic);

    [Theory]
    [InlineData("file:///etc/passwd", "file")]
    [InlineData("ftp://files.example.invalid/news.html", "ftp")]
    public async Task A_feed_entry_linking_outside_http_and_https_is_refused(string link, string scheme)
    {
        _h.Server.Rss("/rss", FeedXml.Rss("Odd feed", new Entry(link, "Kazakhstan and Bulgaria", March12)));
        _h.AddFeed("/rss");

        var item = (await PollOnlySourceAsync()).Items.ShouldHaveSingleItem();

        item.Outcome.ShouldBe(ItemOutcome.Skipped);
        item.Reason.ShouldBe($"refused: only http and https links are followed, not {scheme}:");
    }

    [Fact]
    public async Task A_feed_larger_than_MaxBytes_is_refused()
    {
        _h.Set("MaxBytes", 4096);
        var entries = Enumerable.Range(1, 60).Select(i => new Entry(_h.Server.Url($"/news/{i}"), $"Kazakhstan and Bulgaria item {i}", March12, new string('x', 100))).ToArray();
        _h.Server.Rss("/rss", FeedXml.Rss("Huge", entries));
        _h.AddFeed("/rss");

        var source = await PollOnlySourceAsync();

        source.Status.ShouldBe(SourceStatus.Failed);
        source.Error.ShouldBe("larger than the 4,096-byte limit (Sources:MaxBytes)");
    }

    [Fact]
    public async Task An_article_streamed_without_a_length_is_cut_off_at_MaxBytes()
    {
        _h.Set("MaxBytes", 4096);
        var body = "<html><body><article>" + string.Concat(Enumerable.Repeat("<p>Kazakhstan and Bulgaria, again and again.</p>", 400)) + "</article></body></html>";
        _h.Server.Serve("/news/endless", new FeedServer.Route(200, "text/html", Encoding.UTF8.GetBytes(body)) { Chunked = true });
        _h.Server.Rss("/rss", FeedXml.Rss("Wire", new Entry(_h.Server.Url("/news/endless"), "Endless", March12)));
        _h.AddFeed("/rss");

        var item = (await PollOnlySourceAsync()).Items.ShouldHaveSingleItem();

        item.Outcome.ShouldBe(ItemOutcome.Failed);
        item.Reason!.ShouldStartWith("larger than the 4,096-byte limit");
    }

    [Fact]
    public async Task Redirects_are_followed_only_up_to_MaxRedirects()
    {
        _h.Set("MaxRedirects", 2);
        for (var i = 0; i < 3; i++)
            _h.Server.Serve($"/hop{i}", new FeedServer.Route(302, "text/plain", []) { Location = _h.Server.Url($"/hop{i + 1}") });
        _h.Server.Rss("/hop3", FeedXml.Rss("Far away"));
        _h.AddFeed("/hop0");

        var source = await PollOnlySourceAsync();

        source.Error.ShouldBe("more than 2 redirects");
        _h.Server.Hits("/hop3").ShouldBe(0);
    }

    [Fact]
    public async Task A_redirect_to_a_file_url_is_refused()
    {
        _h.Server.Serve("/rss", new FeedServer.Route(301, "text/plain", []) { Location = "file:///etc/passwd" });
        _h.AddFeed("/rss");

        var source = await PollOnlySourceAsync();

        source.Error.ShouldBe("refused: only http and https URLs are fetched, not file:");
    }

    [Fact]
    public async Task A_redirected_article_is_stored_under_the_address_it_ends_at()
    {
        _h.Article("/news/rail", "steppe-wire-rail-memorandum");
        _h.Server.Serve("/go/123", new FeedServer.Route(301, "text/plain", []) { Location = _h.Server.Url("/news/rail?utm_source=feedproxy") });
        _h.Server.Rss("/rss", FeedXml.Rss("Proxy", new Entry(_h.Server.Url("/go/123"), "Memorandum", March12)));
        _h.AddFeed("/rss");

        var item = (await PollOnlySourceAsync()).Items.ShouldHaveSingleItem();

        item.Outcome.ShouldBe(ItemOutcome.Ingested);
        _h.Store.Db.Connection.ExecuteScalar<string>("SELECT uri FROM documents").ShouldBe(_h.Server.Url("/news/rail"));
    }

    [Fact]
    public async Task An_article_slower_than_Timeout_fails_with_the_time_limit_as_its_reason()
    {
        // The limit runs on the harness's fake clock: it passes when the test says so, however loaded the machine is.
        // Five minutes of real time would outlast the test's deadline, so a limit kept by the real clock fails it.
        _h.Set("Timeout", "00:05:00");
        _h.Server.Serve("/news/slow", new FeedServer.Route(200, "text/html", []) { Stall = true });
        _h.Server.Rss("/rss", FeedXml.Rss("Slow", new Entry(_h.Server.Url("/news/slow"), "Memorandum", March12)));
        _h.AddFeed("/rss");

        var poll = _h.PollAsync();
        await Eventually.TrueAsync(() => _h.Server.Hits("/news/slow") == 1, "the article requested");
        _h.Clock.Advance(TimeSpan.FromMinutes(5));

        // A deadline for a hung poll, not a performance bound.
        var item = (await poll.WaitAsync(TimeSpan.FromSeconds(60))).Sources.ShouldHaveSingleItem().Items.ShouldHaveSingleItem();
        item.Outcome.ShouldBe(ItemOutcome.Failed);
        item.Reason!.ShouldStartWith("timed out after 300 s");
    }

    [Fact]
    public async Task A_feed_with_an_entity_expansion_bomb_is_rejected_without_expanding_it()
    {
        const string bomb = """
            <?xml version="1.0"?>
            <!DOCTYPE rss [
              <!ENTITY a "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa">
              <!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">
              <!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">
              <!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">
              <!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;">
              <!ENTITY f SYSTEM "file:///etc/passwd">
            ]>
            <rss version="2.0"><channel><title>&e;&f;</title><item><title>&e;</title><link>http://127.0.0.1/x</link></item></channel></rss>
            """;
        _h.Server.Rss("/rss", bomb);
        _h.AddFeed("/rss");

        var source = await PollOnlySourceAsync();

        source.Status.ShouldBe(SourceStatus.Failed);
        source.Error!.ShouldStartWith("not a readable RSS or Atom feed");
        source.Error.ShouldNotContain("root:");
    }

    [Fact]
    public async Task Scripts_in_an_article_are_never_run_and_page_chrome_is_not_stored()
    {
        _h.Article("/news/rail", "steppe-wire-rail-memorandum");
        _h.Server.Rss("/rss", FeedXml.Rss("Steppe Wire", new Entry(_h.Server.Url("/news/rail"), "Memorandum", March12)));
        _h.AddFeed("/rss");

        await _h.PollAsync();

        var passages = _h.Store.Db.Connection.QueryScalars<string>("SELECT text FROM passages");
        passages.ShouldContain(p => p.Contains("Black Sea port of Varna", StringComparison.Ordinal));
        passages.ShouldNotContain(p => p.Contains("Subscribe to our newsletter", StringComparison.Ordinal));
        passages.ShouldNotContain(p => p.Contains("cheap flights", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Requests_say_who_is_asking()
    {
        _h.Server.Rss("/rss", FeedXml.Rss("Empty"));
        _h.AddFeed("/rss");

        await _h.PollAsync();

        _h.Server.Requests.Single().UserAgent.ShouldBe("kzbg-bot/1.0 (+source monitor)");
    }
}
