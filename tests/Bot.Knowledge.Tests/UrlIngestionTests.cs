using Bot.Knowledge.Ingestion;
using Bot.Knowledge.Storage;
using Bot.TestKit;

namespace Bot.Knowledge.Tests;

/// <summary>Ingesting a web page by URL: its title, date and one canonical address, and clear failures for errors and non-web schemes.</summary>
public sealed class UrlIngestionTests : IDisposable
{
    const string ArticlePath = "/news/kazakhstan-bulgaria-memoranda";

    const string ArticleHtml = """
        <!DOCTYPE html>
        <html lang="en">
        <head>
          <meta charset="utf-8">
          <title>Five memoranda signed | Example News</title>
          <meta property="og:title" content="Kazakhstan and Bulgaria sign five memoranda">
          <meta property="article:published_time" content="2025-06-09T14:30:00+05:00">
          <script>window.dataLayer = window.dataLayer || [];</script>
        </head>
        <body>
          <nav><a href="/">Home</a> <a href="/world">World</a> <a href="/business">Business</a></nav>
          <article>
            <h1>Kazakhstan and Bulgaria sign five memoranda</h1>
            <p>ASTANA, Monday. President of Kazakhstan Kassym-Jomart Tokayev held talks with President of Bulgaria Rumen Radev in the Akorda, the press service reports.</p>
            <p>The Head of State said that bilateral trade is growing steadily. In 2024 mutual trade increased four times, reaching $375 million. In four months of this year, trade turnover exceeded $83 million.</p>
            <p>The sides discussed bringing the Black Sea ports of Burgas and Varna into the Trans-Caspian International Transport Route, and the development of tourism and agriculture.</p>
            <p>Following the talks, a memorandum of understanding between the cities of Astana and Sofia was signed in the presence of the two presidents.</p>
          </article>
          <footer>© Example News. All rights reserved.</footer>
        </body>
        </html>
        """;

    readonly LoopbackServer _server = new();
    // The handler ingestion uses in production: no automatic redirects (the fetcher checks each hop), no proxy.
    readonly HttpClient _http = new(Fetching.GuardedHandler.Create(allowPrivateNetworks: true, TimeSpan.FromSeconds(10)));
    readonly TempStore _temp;

    public UrlIngestionTests()
    {
        // The test server is on loopback, which the default limits refuse (see SsrfTests).
        _temp = KbEntities.EmptyStoreWithEntities(_http, Fetching.FetchLimits.Ingestion with { AllowPrivateNetworks = true });
        _server.Add(ArticlePath, new LoopbackServer.Page(200, "text/html; charset=utf-8", ArticleHtml));
    }

    TestStores Store => _temp.Store;

    string ArticleUrl => _server.BaseUrl.TrimEnd('/') + ArticlePath;

    async Task<IngestResult> IngestAsync(string target) =>
        (await Store.Ingestor.IngestAsync([target], CancellationToken.None)).Results.ShouldHaveSingleItem();

    DocumentRow StoredDocument() => Store.Db.Connection.Query<DocumentRow>("SELECT * FROM documents").ShouldHaveSingleItem();

    [Fact]
    public async Task An_article_page_is_ingested_with_its_title_and_published_date()
    {
        var result = await IngestAsync(ArticleUrl);

        result.Status.ShouldBe(IngestStatus.Added, result.Reason);
        result.Title.ShouldBe("Kazakhstan and Bulgaria sign five memoranda");
        var doc = StoredDocument();
        doc.Title.ShouldBe("Kazakhstan and Bulgaria sign five memoranda");
        doc.Published.ShouldBe("2025-06-09");
        doc.Lang.ShouldBe("en");
    }

    [Fact]
    public async Task Tracking_parameters_are_dropped_from_the_stored_address()
    {
        var result = await IngestAsync(ArticleUrl + "?id=7&utm_source=telegram&utm_medium=social&utm_campaign=june#comments");

        result.Status.ShouldBe(IngestStatus.Added, result.Reason);
        var doc = StoredDocument();
        doc.Url.ShouldBe(ArticleUrl + "?id=7");
        doc.Uri.ShouldBe(ArticleUrl + "?id=7");
    }

    [Fact]
    public async Task The_same_page_shared_with_different_tracking_parameters_is_one_document()
    {
        await IngestAsync(ArticleUrl + "?utm_source=telegram");

        var again = await IngestAsync(ArticleUrl + "?utm_source=facebook&fbclid=abc123");

        again.Status.ShouldBe(IngestStatus.Unchanged);
        StoreCounts.Of(Store).Documents.ShouldBe(1);
    }

    [Fact]
    public async Task Figures_and_agreements_on_a_page_cite_its_url_and_date()
    {
        await IngestAsync(ArticleUrl + "?utm_source=telegram");

        var turnover2024 = Store.Figures.All().Single(f => f.Value == 375);
        turnover2024.Period.ToString().ShouldBe("2024");
        turnover2024.Source.Url.ShouldBe(ArticleUrl);
        Store.Figures.All().Single(f => f.Value == 83).Period.ToString().ShouldBe("2025-01..2025-04");
        var agreement = Store.Agreements.All().ShouldHaveSingleItem();
        agreement.Signed.ToString().ShouldBe("2025-06-09");
        agreement.Sources.ShouldHaveSingleItem().Url.ShouldBe(ArticleUrl);
    }

    [Fact]
    public async Task Page_scripts_and_navigation_do_not_become_searchable_passages()
    {
        await IngestAsync(ArticleUrl);

        var passages = Store.Db.Connection.QueryScalars<string>("SELECT text FROM passages");
        passages.ShouldNotBeEmpty();
        passages.ShouldNotContain(p => p.Contains("dataLayer", StringComparison.Ordinal));
        passages.ShouldContain(p => p.Contains("$375 million", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_redirected_page_is_stored_under_the_address_it_ended_at()
    {
        _server.Add("/short/1", new LoopbackServer.Page(301, "text/plain", "moved", Location: ArticleUrl + "?utm_source=short"));

        var result = await IngestAsync(_server.BaseUrl + "short/1");

        result.Status.ShouldBe(IngestStatus.Added, result.Reason);
        StoredDocument().Uri.ShouldBe(ArticleUrl);
    }

    [Fact]
    public async Task A_server_error_is_a_failure_that_says_HTTP_500()
    {
        _server.Add("/broken", new LoopbackServer.Page(500, "text/html", "<html><body>Internal error</body></html>"));
        var url = _server.BaseUrl + "broken";

        var result = await IngestAsync(url);

        result.Status.ShouldBe(IngestStatus.Failed);
        result.Target.ShouldBe(url);
        result.Reason.ShouldNotBeNull();
        result.Reason.ShouldContain("HTTP 500");
        StoreCounts.Of(Store).Documents.ShouldBe(0);
    }

    [Fact]
    public async Task A_missing_page_is_a_failure_that_says_HTTP_404()
    {
        var result = await IngestAsync(_server.BaseUrl + "no-such-page");

        result.Status.ShouldBe(IngestStatus.Failed);
        result.Reason.ShouldNotBeNull();
        result.Reason.ShouldContain("HTTP 404");
    }

    [Fact]
    public async Task An_unsupported_content_type_is_a_failure_naming_it()
    {
        _server.Add("/photo.png", new LoopbackServer.Page(200, "image/png", "PNG"));

        var result = await IngestAsync(_server.BaseUrl + "photo.png");

        result.Status.ShouldBe(IngestStatus.Failed);
        result.Reason.ShouldNotBeNull();
        result.Reason.ShouldContain("image/png");
    }

    [Fact]
    public async Task A_page_in_an_unknown_encoding_is_a_failure_naming_the_encoding()
    {
        _server.Add("/legacy", new LoopbackServer.Page(200, "text/html; charset=x-made-up-1", ArticleHtml));

        var result = await IngestAsync(_server.BaseUrl + "legacy");

        result.Status.ShouldBe(IngestStatus.Failed);
        result.Reason.ShouldBe("unknown encoding 'x-made-up-1'");
    }

    [Fact]
    public async Task A_page_larger_than_the_limit_is_refused_before_it_is_stored()
    {
        _server.Add("/huge", new LoopbackServer.Page(200, "text/html", "<html><body><p>" + new string('a', UrlFetcher.MaxBytes + 1) + "</p></body></html>"));

        var result = await IngestAsync(_server.BaseUrl + "huge");

        result.Status.ShouldBe(IngestStatus.Failed);
        result.Reason.ShouldBe("larger than the 5,242,880-byte limit (Ingestion:MaxBytes)");
        StoreCounts.Of(Store).Documents.ShouldBe(0);
    }

    [Fact]
    public async Task A_server_that_is_not_listening_is_a_failure_not_an_exception()
    {
        var closed = new LoopbackServer();
        var url = closed.BaseUrl + "gone";
        closed.Dispose();

        var result = await IngestAsync(url);

        result.Status.ShouldBe(IngestStatus.Failed);
        result.Reason.ShouldNotBeNull();
        result.Reason.ShouldStartWith("could not fetch");
    }

    [Theory]
    [InlineData("ftp://x")]
    [InlineData("ftp://127.0.0.1/pub/article.html")]
    [InlineData("gopher://example.org/1")]
    public async Task A_non_web_url_is_refused_naming_its_scheme(string url)
    {
        var result = await IngestAsync(url);

        result.Status.ShouldBe(IngestStatus.Failed);
        result.Reason.ShouldNotBeNull();
        result.Reason.ShouldContain("only http and https");
        result.Reason.ShouldContain(new Uri(url).Scheme + ":");
        StoreCounts.Of(Store).Documents.ShouldBe(0);
    }

    [Fact]
    public async Task A_file_url_is_refused_and_the_file_is_not_read()
    {
        var result = await IngestAsync("file:///etc/passwd");

        result.Status.ShouldBe(IngestStatus.Failed);
        result.Title.ShouldBeNull();
        StoreCounts.Of(Store).Documents.ShouldBe(0);
        StoreCounts.Of(Store).Passages.ShouldBe(0);
    }

    [Theory]
    [InlineData("file:///etc/passwd")]
    [InlineData("ftp://x")]
    public async Task The_fetcher_itself_refuses_non_web_schemes(string url)
    {
        var fetcher = new UrlFetcher(_http);

        var error = await Should.ThrowAsync<IngestionException>(() => fetcher.FetchAsync(new Uri(url), CancellationToken.None));

        error.Message.ShouldContain("only http and https");
    }

    public void Dispose()
    {
        _temp.Dispose();
        _http.Dispose();
        _server.Dispose();
    }
}
