using Bot.Knowledge.Ingestion;
using Bot.TestKit;

namespace Bot.Knowledge.Tests;

/// <summary>Saved web pages (.html files): the article's text, title, date and language, and never the page's code.</summary>
public sealed class HtmlFileTests : IDisposable
{
    readonly TempStore _temp = KbEntities.EmptyStoreWithEntities();
    readonly TempFolder _folder = new();

    TestStores Store => _temp.Store;

    async Task<IngestResult> IngestAsync(string name, string html)
    {
        var file = _folder.Write(name, html);
        return (await Store.Ingestor.IngestAsync([file], CancellationToken.None)).Results.ShouldHaveSingleItem();
    }

    List<string> Passages() => Store.Db.Connection.QueryScalars<string>("SELECT text FROM passages");

    [Fact]
    public async Task A_saved_page_takes_its_date_from_a_time_element_and_its_language_from_the_html_tag()
    {
        var result = await IngestAsync("page.html", """
            <html lang="ru-RU"><head><title>Товарооборот растёт</title></head>
            <body><article><h1>Товарооборот растёт</h1>
            <time datetime="2025-06-10T09:00:00+05:00">10 июня 2025</time>
            <p>Товарооборот между Казахстаном и Болгарией в прошлом году составил 375,2 млн долларов.</p>
            </article></body></html>
            """);

        result.Status.ShouldBe(IngestStatus.Added, result.Reason);
        result.Title.ShouldBe("Товарооборот растёт");
        Store.Db.Connection.ExecuteScalar<string>("SELECT published FROM documents").ShouldBe("2025-06-10");
        Store.Db.Connection.ExecuteScalar<string>("SELECT lang FROM documents").ShouldBe("ru");
        Store.Figures.All().ShouldHaveSingleItem().Period.ToString().ShouldBe("2024");
    }

    [Fact]
    public async Task A_page_whose_only_text_is_script_and_style_is_refused()
    {
        var result = await IngestAsync("scripts.html",
            "<html><head><style>body { font-family: sans-serif; margin: 0 auto; }</style></head>" +
            "<body><script>window.dataLayer = window.dataLayer || []; function gtag(){dataLayer.push(arguments);}</script></body></html>");

        result.Status.ShouldBe(IngestStatus.Failed, $"ingested as \"{result.Title}\"");
        Passages().ShouldBeEmpty();
    }

    [Fact]
    public async Task A_short_page_keeps_its_sentence_and_drops_its_scripts_and_styles()
    {
        var result = await IngestAsync("short.html",
            "<html><head><title>Short</title></head><body><script>window.dataLayer = [];</script>" +
            "<p>In 2024 mutual trade between Kazakhstan and Bulgaria reached $375 million.</p><style>.x{color:red}</style></body></html>");

        result.Status.ShouldBe(IngestStatus.Added, result.Reason);
        Passages().ShouldHaveSingleItem().ShouldBe("In 2024 mutual trade between Kazakhstan and Bulgaria reached $375 million.");
    }

    public void Dispose()
    {
        _temp.Dispose();
        _folder.Dispose();
    }
}
