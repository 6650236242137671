using Bot.Knowledge.Ingestion;

namespace Bot.Knowledge.Tests.Reading;

/// <summary>Front matter written as a JSON object at the top of a Markdown file, as Hugo allows: read by the same rules as YAML and TOML.</summary>
public sealed class JsonFrontMatterTests : IDisposable
{
    readonly FileIngestion _files = new();

    [Fact]
    public async Task A_hugo_json_block_dates_and_sources_the_document_and_its_lines_are_not_text()
    {
        var (result, row) = await _files.IngestAsync("wheat.md", """
            {
              "title": "Kazakh wheat reaches Burgas port",
              "date": "2025-06-12T09:30:00+03:00",
              "source": "https://example.org/news/kazakh-wheat-burgas",
              "draft": false,
              "weight": 2024,
              "params": { "author": "Staff", "budget": 900 }
            }

            The first shipment of Kazakh wheat arrived at the port of Burgas with 28,000 tonnes of grain.
            """);

        result.Status.ShouldBe(IngestStatus.Added, result.Reason);
        row!.Title.ShouldBe("Kazakh wheat reaches Burgas port");
        row.Published.ShouldBe("2025-06-12");
        row.Url.ShouldBe("https://example.org/news/kazakh-wheat-burgas");
        result.Warnings.ShouldHaveSingleItem().ShouldBe("front matter keys ignored: draft, params, weight");
        _files.Passages().ShouldHaveSingleItem().ShouldStartWith("The first shipment of Kazakh wheat");
    }

    [Fact]
    public async Task A_russian_json_block_on_one_line_with_a_language_is_read()
    {
        var (result, row) = await _files.IngestAsync("zerno.md",
            "{ \"title\": \"Казахстанское зерно в Бургасе\", \"date\": \"2025-06-12\", \"lang\": \"ru\" }\n\nПервая партия казахстанской пшеницы прибыла в порт Бургас.\n");

        result.Status.ShouldBe(IngestStatus.Added, result.Reason);
        row!.Title.ShouldBe("Казахстанское зерно в Бургасе");
        row.Published.ShouldBe("2025-06-12");
        row.Lang.ShouldBe("ru");
    }

    [Fact]
    public async Task Invalid_json_front_matter_fails_the_document_with_one_clear_line()
    {
        var (result, _) = await _files.IngestAsync("broken.md", "{\n  \"title\": \"Fine\",\n  \"date\" \"2025-06-10\"\n}\n\nIn 2024 trade reached $375 million.\n");

        result.Status.ShouldBe(IngestStatus.Failed);
        result.Reason.ShouldNotBeNull().ShouldStartWith("front matter is not valid JSON (line 3)");
    }

    public void Dispose() => _files.Dispose();
}
