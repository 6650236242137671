using System.Net;
using Bot.Knowledge.Fetching;
using Bot.Knowledge.Ingestion;
using Bot.TestKit;

namespace Bot.Knowledge.Tests;

/// <summary>
/// Ingesting a URL never reaches inside our network unless the operator allows it: loopback, private, link-local and
/// metadata addresses in any spelling are refused before a connection is made, and so is a redirect to one of them
/// or to a non-web scheme. Each refusal is that URL's error line; the other targets are still ingested.
/// </summary>
public sealed class SsrfTests : IDisposable
{
    readonly LoopbackServer _server = new();
    readonly HttpClient _http = new(GuardedHandler.Create(allowPrivateNetworks: false, TimeSpan.FromSeconds(5), setting: "Ingestion"));
    readonly TempStore _temp;
    readonly TempFolder _folder = new();

    public SsrfTests()
    {
        _temp = KbEntities.EmptyStoreWithEntities(_http);
        _server.Add("/page", new LoopbackServer.Page(200, "text/html", "<html><body><article><p>Trade between Kazakhstan and Bulgaria reached $375 million in 2024.</p></article></body></html>"));
    }

    int Port => new Uri(_server.BaseUrl).Port;

    [Theory]
    [InlineData("http://127.0.0.1:{0}/page")]
    [InlineData("http://localhost:{0}/page")]
    [InlineData("http://2130706433:{0}/page")]
    [InlineData("http://0x7f000001:{0}/page")]
    [InlineData("http://127.1:{0}/page")]
    [InlineData("http://[::1]:{0}/page")]
    [InlineData("http://[::ffff:127.0.0.1]:{0}/page")]
    [InlineData("http://169.254.169.254/latest/meta-data/")]
    [InlineData("http://10.0.0.5/page")]
    [InlineData("http://0.0.0.0:{0}/page")]
    public async Task An_internal_address_in_any_spelling_is_refused_without_a_request(string template)
    {
        var url = string.Format(System.Globalization.CultureInfo.InvariantCulture, template, Port);

        var result = (await _temp.Store.Ingestor.IngestAsync([url], CancellationToken.None)).Results.ShouldHaveSingleItem();

        result.Status.ShouldBe(IngestStatus.Failed);
        result.Reason.ShouldNotBeNull().ShouldStartWith("refused:");
        result.Reason.ShouldContain("(Ingestion:AllowPrivateNetworks)");
        _server.Requests.ShouldBeEmpty();
        StoreCounts.Of(_temp.Store).Documents.ShouldBe(0);
    }

    [Theory]
    [InlineData("http://127.0.0.1/admin", "127.0.0.1 is a private-network address")]
    [InlineData("http://2130706433/admin", "127.0.0.1 is a private-network address")]
    [InlineData("http://169.254.169.254/latest/meta-data/", "169.254.169.254 is a private-network address")]
    [InlineData("file:///etc/passwd", "only http and https URLs are fetched, not file:")]
    [InlineData("gopher://news.example.org/1", "only http and https URLs are fetched, not gopher:")]
    public async Task A_redirect_from_a_public_page_to_an_internal_or_non_web_address_is_refused(string location, string reason)
    {
        var transport = new RedirectingTransport(location);
        var fetcher = new UrlFetcher(new HttpClient(transport), FetchLimits.Ingestion);

        var error = await Should.ThrowAsync<IngestionException>(() => fetcher.FetchAsync(new Uri("https://news.example.org/story"), CancellationToken.None));

        error.Message.ShouldBe($"refused: {reason}" + (reason.StartsWith("only", StringComparison.Ordinal) ? "" : ", which is not allowed (Ingestion:AllowPrivateNetworks)"));
        transport.Requested.ShouldBe(["https://news.example.org/story"]);
    }

    [Fact]
    public async Task Too_many_redirects_are_that_urls_error()
    {
        var fetcher = new UrlFetcher(new HttpClient(new RedirectingTransport("https://news.example.org/story")), FetchLimits.Ingestion);

        var error = await Should.ThrowAsync<IngestionException>(() => fetcher.FetchAsync(new Uri("https://news.example.org/story"), CancellationToken.None));

        error.Message.ShouldBe("more than 5 redirects");
    }

    [Fact]
    public async Task A_refused_url_does_not_stop_the_files_after_it()
    {
        var file = _folder.Write("trade.md", MarkdownDoc.With("Trade", "2025-06-10", "en", "In 2024 trade between Kazakhstan and Bulgaria reached $375 million."));

        var report = await _temp.Store.Ingestor.IngestAsync([$"http://127.0.0.1:{Port}/page", file], CancellationToken.None);

        report.Results.Select(r => r.Status).ShouldBe([IngestStatus.Failed, IngestStatus.Added]);
    }

    [Fact]
    public async Task An_operator_who_allows_private_networks_can_ingest_from_loopback()
    {
        using var http = new HttpClient(GuardedHandler.Create(allowPrivateNetworks: true, TimeSpan.FromSeconds(5)));
        using var allowed = KbEntities.EmptyStoreWithEntities(http, FetchLimits.Ingestion with { AllowPrivateNetworks = true });

        var result = (await allowed.Store.Ingestor.IngestAsync([$"http://127.0.0.1:{Port}/page"], CancellationToken.None)).Results.ShouldHaveSingleItem();

        result.Status.ShouldBe(IngestStatus.Added, result.Reason);
    }

    /// <summary>A "public" site that answers every request with a redirect to <paramref name="location"/>.</summary>
    sealed class RedirectingTransport(string location) : HttpMessageHandler
    {
        public List<string> Requested { get; } = [];

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken ct)
        {
            Requested.Add(request.RequestUri!.AbsoluteUri);
            var response = new HttpResponseMessage(HttpStatusCode.Found) { RequestMessage = request };
            response.Headers.Location = new Uri(location);
            return Task.FromResult(response);
        }
    }

    public void Dispose()
    {
        _temp.Dispose();
        _http.Dispose();
        _server.Dispose();
        _folder.Dispose();
    }
}
