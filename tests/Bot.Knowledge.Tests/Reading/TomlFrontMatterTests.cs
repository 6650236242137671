using Bot.Knowledge.Ingestion;

namespace Bot.Knowledge.Tests.Reading;

/// <summary>Front matter between "+++" fences, as Hugo writes it in TOML: read by the same rules as YAML front matter.</summary>
public sealed class TomlFrontMatterTests : IDisposable
{
    readonly FileIngestion _files = new();

    [Fact]
    public async Task A_hugo_toml_block_gives_title_date_and_source_and_its_lines_are_not_read_as_text()
    {
        var (result, row) = await _files.IngestAsync("hugo-toml.md", """
            +++
            title = "Trade between Kazakhstan and Bulgaria hits a record"
            date = 2025-06-10T08:30:00+05:00
            source = "https://example.org/news/trade-record"
            lang = "en"
            draft = false
            weight = 2024
            tags = ["kazakhstan", "bulgaria"]

            [params]
            budget = 900
            +++

            In 2024 mutual trade between Kazakhstan and Bulgaria reached $375 million.
            """);

        result.Status.ShouldBe(IngestStatus.Added, result.Reason);
        row!.Title.ShouldBe("Trade between Kazakhstan and Bulgaria hits a record");
        row.Published.ShouldBe("2025-06-10");
        row.Url.ShouldBe("https://example.org/news/trade-record");
        result.Warnings.ShouldHaveSingleItem().ShouldBe("front matter keys ignored: draft, params, tags, weight");
        // Only the body's figure: "weight = 2024" and "budget = 900" are metadata, not statements.
        _files.Store.Figures.All().ShouldHaveSingleItem().Value.ShouldBe(375);
    }

    [Fact]
    public async Task A_toml_block_in_russian_with_a_local_date_and_a_list_of_sources_is_read()
    {
        var (result, row) = await _files.IngestAsync("ru-toml.md", """
            +++
            title = "Товарооборот Казахстана и Болгарии вырос"
            date = 2025-03-14
            source = ["https://example.kz/ru/news/1", "https://example.kz/ru/news/2"]
            languageCode = "ru-RU"
            +++

            Товарооборот между Казахстаном и Болгарией в 2024 году составил 375,2 млн долларов.
            """);

        result.Status.ShouldBe(IngestStatus.Added, result.Reason);
        row!.Title.ShouldBe("Товарооборот Казахстана и Болгарии вырос");
        row.Published.ShouldBe("2025-03-14");
        row.Url.ShouldBe("https://example.kz/ru/news/1");
        row.Lang.ShouldBe("ru");
        result.Warnings.ShouldBeEmpty();
    }

    [Fact]
    public async Task A_bulgarian_toml_block_with_a_plain_label_source_is_cited_without_a_link()
    {
        var (result, row) = await _files.IngestAsync("bg-toml.md", "+++\r\ntitle = 'Стокообмен'\r\ndate = \"2025-06-10\"\r\nsource = \"БТА\"\r\n+++\r\n\r\nСтокообменът достигна 375 млн долара.\r\n");

        result.Status.ShouldBe(IngestStatus.Added, result.Reason);
        row!.Title.ShouldBe("Стокообмен");
        row.Published.ShouldBe("2025-06-10");
        row.Url.ShouldBeNull();
        row.SourceLabel.ShouldBe("БТА");
    }

    [Fact]
    public async Task Invalid_toml_fails_the_document_with_one_clear_line()
    {
        var (result, _) = await _files.IngestAsync("broken.md", "+++\ntitle = \"Fine\"\ndate = 2025-06-10\njust a sentence\n+++\n\nIn 2024 trade reached $375 million.\n");

        result.Status.ShouldBe(IngestStatus.Failed);
        result.Reason.ShouldNotBeNull().ShouldStartWith("front matter is not valid TOML (line 4)");
    }

    [Fact]
    public async Task An_unclosed_toml_block_fails_with_one_clear_line()
    {
        var (result, _) = await _files.IngestAsync("open.md", "+++\ntitle = \"Open\"\n\nIn 2024 trade reached $375 million.\n");

        result.Status.ShouldBe(IngestStatus.Failed);
        result.Reason.ShouldBe("front matter starts with '+++' but is never closed");
    }

    public void Dispose() => _files.Dispose();
}
