using Bot.Knowledge.Ingestion;
using Bot.Knowledge.Ingestion.Reading;

namespace Bot.Knowledge.Tests.Reading;

/// <summary>Front matter as Hugo, Jekyll and people write it: extra keys, date-times, lists, plain-label sources, flags.</summary>
public sealed class FrontMatterTests : IDisposable
{
    const string Body = "In 2024 mutual trade between Kazakhstan and Bulgaria reached $375 million.";

    readonly FileIngestion _files = new();

    [Fact]
    public async Task Hugo_and_Jekyll_keys_do_not_fail_the_document_and_are_listed_as_a_warning()
    {
        var (result, row) = await _files.IngestAsync("hugo.md", $"""
            ---
            title: "Trade hits a record"
            date: 2025-06-10
            author: "Desk editor, Central Asia"
            slug: trade-record
            tags: [kazakhstan, bulgaria, trade]
            categories:
              - economy
              - diplomacy
            draft: false
            ---

            {Body}
            """);

        result.Status.ShouldBe(IngestStatus.Added, result.Reason);
        row!.Title.ShouldBe("Trade hits a record");
        row.Published.ShouldBe("2025-06-10");
        result.Warnings.ShouldHaveSingleItem().ShouldBe("front matter keys ignored: author, categories, draft, slug, tags");
        _files.Store.Figures.All().ShouldHaveSingleItem().Value.ShouldBe(375);
    }

    [Theory]
    [InlineData("2025-06-10T23:30:00+05:00", "2025-06-10")]
    [InlineData("2025-06-10T08:30:00Z", "2025-06-10")]
    [InlineData("2025-06-10 08:30", "2025-06-10")]
    [InlineData("\"2025-06-10\"", "2025-06-10")]
    [InlineData("2025/06/10", "2025-06-10")]
    [InlineData("2025-06", "2025-06")]
    [InlineData("Tue, 10 Jun 2025 08:30:00 GMT", "2025-06-10")]
    [InlineData("10 June 2025", "2025-06-10")]
    [InlineData("10 июня 2025", "2025-06-10")]
    [InlineData("10 юни 2025", "2025-06-10")]
    public async Task A_front_matter_date_in_any_iso_form_or_words_gives_the_day_it_names(string written, string stored)
    {
        var (result, row) = await _files.IngestAsync("dated.md", $"---\ntitle: Dated\ndate: {written}\n---\n\n{Body}\n");

        result.Status.ShouldBe(IngestStatus.Added, result.Reason);
        row!.Published.ShouldBe(stored);
        result.Warnings.ShouldBeEmpty();
    }

    [Fact]
    public async Task A_source_that_is_not_a_link_is_kept_as_a_label_and_never_as_a_url()
    {
        var (result, row) = await _files.IngestAsync("label.md", $"---\ntitle: Wire copy\ndate: 2025-06-10\nsource: Reuters wire\n---\n\n{Body}\n");

        result.Status.ShouldBe(IngestStatus.Added, result.Reason);
        row!.Url.ShouldBeNull();
        row.SourceLabel.ShouldBe("Reuters wire");
    }

    [Fact]
    public async Task A_source_given_as_a_list_of_links_takes_the_first()
    {
        var (_, row) = await _files.IngestAsync("list.md",
            $"---\ntitle: Two links\ndate: 2025-06-10\nsource:\n  - https://example.org/a\n  - https://example.org/b\n---\n\n{Body}\n");

        row!.Url.ShouldBe("https://example.org/a");
    }

    [Theory]
    [InlineData("xx")]
    [InlineData("de")]
    [InlineData("russian")]
    public async Task A_language_outside_the_four_is_not_stored_and_the_text_language_is_detected_with_a_warning(string lang)
    {
        var (result, row) = await _files.IngestAsync("lang.md",
            $"---\ntitle: Язык\ndate: 2025-06-10\nlang: {lang}\n---\n\nТоварооборот между Казахстаном и Болгарией в прошлом году составил 375,2 млн долларов.\n");

        result.Status.ShouldBe(IngestStatus.Added, result.Reason);
        row!.Lang.ShouldBe("ru");
        result.Warnings.ShouldHaveSingleItem().ShouldBe($"language '{lang}' is not one of en, ru, bg, kk; detected ru instead");
    }

    [Fact]
    public async Task A_language_with_a_region_is_taken_as_its_language()
    {
        var (result, row) = await _files.IngestAsync("region.md", $"---\ntitle: Region\ndate: 2025-06-10\nlang: bg-BG\n---\n\nСтокообменът достигна 375 млн долара.\n");

        row!.Lang.ShouldBe("bg");
        result.Warnings.ShouldBeEmpty();
    }

    [Fact]
    public async Task A_document_marked_fictional_is_ingested_with_a_warning_and_the_flag_is_stored()
    {
        var (result, row) = await _files.IngestAsync("invented.md", $"---\ntitle: Invented\ndate: 2026-11-12\nfictional: true\n---\n\n{Body}\n");

        result.Status.ShouldBe(IngestStatus.Added, result.Reason);
        row!.Fictional.ShouldBeTrue();
        result.Warnings.ShouldContain("marked fictional (fictional: true)");
    }

    [Fact]
    public async Task Changing_only_the_fictional_flag_updates_the_stored_document()
    {
        await _files.IngestAsync("flag.md", $"---\ntitle: Flag\ndate: 2026-11-12\n---\n\n{Body}\n");

        var (result, row) = await _files.IngestAsync("flag.md", $"---\ntitle: Flag\ndate: 2026-11-12\nfictional: yes\n---\n\n{Body}\n");

        result.Status.ShouldBe(IngestStatus.Updated);
        row!.Fictional.ShouldBeTrue();
    }

    [Fact]
    public async Task Invalid_yaml_fails_the_document_with_one_clear_line()
    {
        var (result, _) = await _files.IngestAsync("broken.md", $"---\ntitle: Fine\ndate: 2025-06-10\njust a sentence [here\n---\n\n{Body}\n");

        result.Status.ShouldBe(IngestStatus.Failed);
        result.Reason.ShouldNotBeNull().ShouldStartWith("front matter is not valid YAML");
    }

    [Fact]
    public async Task A_block_that_is_not_yaml_but_reads_as_key_value_lines_is_read_with_a_warning()
    {
        var (result, row) = await _files.IngestAsync("loose.md",
            $"---\ntitle: Radev in Astana: ports and trade\ndate: 2025-06-10\ntags: [trade, ports\n---\n\n{Body}\n");

        result.Status.ShouldBe(IngestStatus.Added, result.Reason);
        row!.Title.ShouldBe("Radev in Astana: ports and trade");
        row.Published.ShouldBe("2025-06-10");
        result.Warnings.ShouldContain(w => w.StartsWith("front matter is not valid YAML", StringComparison.Ordinal) && w.EndsWith("read as plain 'key: value' lines", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_unquoted_title_with_a_colon_is_read_whole()
    {
        var (result, row) = await _files.IngestAsync("colon.md", $"---\ntitle: Radev in Astana: ports and trade\ndate: 2025-06-10\n---\n\n{Body}\n");

        row!.Title.ShouldBe("Radev in Astana: ports and trade");
        result.Warnings.ShouldBeEmpty();
    }

    [Fact]
    public void Keys_written_with_capitals_spaces_or_dots_are_read_as_yaml_reads_them()
    {
        var meta = FrontMatter.Parse("Title : Radev in Astana: ports\nDATE: 2025-06-10\nsource.url: https://example.org/a\nlang :  ru  \nsub-title: 'Ports'\n", 2);

        meta.Title.ShouldBe("Radev in Astana: ports");
        meta.Date.ShouldBe("2025-06-10");
        meta.Lang.ShouldBe("ru");
        string.Join(", ", meta.IgnoredKeys).ShouldBe("source.url, sub-title");
        meta.Lenient.ShouldBeNull();
    }

    [Fact]
    public void A_key_in_another_script_is_left_to_the_yaml_reader()
    {
        var meta = FrontMatter.Parse("title: Сапар\nтақырып: Астана\n", 2);

        meta.Title.ShouldBe("Сапар");
        string.Join(", ", meta.IgnoredKeys).ShouldBe("тақырып");
    }

    public void Dispose() => _files.Dispose();
}
