using Bot.Knowledge.Ingestion;

namespace Bot.Knowledge.Tests.Reading;

/// <summary>An HTML file's date, title and source from wherever the publisher put them.</summary>
public sealed class HtmlMetadataTests : IDisposable
{
    const string Article = """
        <article>
          <h1>Kazakhstan and Bulgaria discuss rail freight</h1>
          <p>The transport ministers of Kazakhstan and Bulgaria met to discuss container trains across the Caspian and the Black Sea.</p>
          <p>They agreed to set up a working group on the Middle Corridor and to meet again in the autumn.</p>
        </article>
        """;

    readonly FileIngestion _files = new();

    static string Page(string head, string body = Article) =>
        $"<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Rail | Site name</title>{head}</head><body><nav><a href=\"/\">Home</a></nav>{body}</body></html>";

    [Theory]
    [InlineData("<meta property=\"article:published_time\" content=\"2025-06-09T14:30:00+05:00\">", Article)]
    [InlineData("<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@graph\":[{\"@type\":\"NewsArticle\",\"datePublished\":\"2025-06-09T10:00:00+03:00\"}]}</script>", Article)]
    [InlineData("", "<article><p class=\"byline\"><time datetime=\"2025-06-09\">9 June 2025</time></p>" + Article + "</article>")]
    public async Task The_published_date_is_read_from_meta_tags_json_ld_or_a_time_element(string head, string body)
    {
        var (result, row) = await _files.IngestAsync("page.html", Page(head, body));

        result.Status.ShouldBe(IngestStatus.Added, result.Reason);
        row!.Published.ShouldBe("2025-06-09");
    }

    [Fact]
    public async Task A_page_without_metadata_is_dated_by_its_dateline()
    {
        var body = Article.Replace("<p>The transport", "<p>ASTANA, 9 June 2025 — The transport", StringComparison.Ordinal);

        var (_, row) = await _files.IngestAsync("page.html", Page("", body));

        row!.Published.ShouldBe("2025-06-09");
    }

    [Fact]
    public async Task The_title_is_the_pages_headline_not_its_browser_title_with_the_site_name()
    {
        var (_, row) = await _files.IngestAsync("page.html", Page("<meta property=\"article:published_time\" content=\"2025-06-09\">"));

        row!.Title.ShouldBe("Kazakhstan and Bulgaria discuss rail freight");
    }

    [Theory]
    [InlineData("<meta name=\"source\" content=\"https://president.example.org/news/5168\">", "https://president.example.org/news/5168")]
    [InlineData("<link rel=\"canonical\" href=\"https://news.example.org/rail?x=1&amp;lang=bg\">", "https://news.example.org/rail?x=1&lang=bg")]
    public async Task A_saved_page_is_filed_under_the_source_it_names(string head, string url)
    {
        var (_, row) = await _files.IngestAsync("page.html", Page(head));

        row!.Url.ShouldBe(url);
        row.Uri.ShouldBe(url);
    }

    public void Dispose() => _files.Dispose();
}
