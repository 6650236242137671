using Bot.Knowledge.Ingestion;

namespace Bot.Knowledge.Tests.Reading;

/// <summary>Texts without metadata: the title from the first heading or line, the date from the dateline, else a warning.</summary>
public sealed class DatelineTests : IDisposable
{
    readonly FileIngestion _files = new();

    [Theory]
    [InlineData("Sofia, 5 April 2026 — The two ministers met to discuss rail freight.", "2026-04-05")]
    [InlineData("АСТАНА, 9 июня 2025 г. — Президенты провели переговоры в Акорде.", "2025-06-09")]
    [InlineData("София, 5 април 2026 г. — Министрите обсъдиха железопътния транспорт.", "2026-04-05")]
    [InlineData("ASTANA, June 9, 2025 — The presidents held talks in the Akorda.", "2025-06-09")]
    [InlineData("Astana, 09.06.2025. The presidents held talks in the Akorda.", "2025-06-09")]
    public async Task A_plain_text_dateline_dates_the_document(string dateline, string date)
    {
        var (result, row) = await _files.IngestAsync("wire.txt", $"RAIL FREIGHT TALKS\n\n{dateline}\n\nMore text follows here.");

        result.Status.ShouldBe(IngestStatus.Added, result.Reason);
        row!.Title.ShouldBe("RAIL FREIGHT TALKS");
        row.Published.ShouldBe(date);
        result.Warnings.ShouldBeEmpty();
    }

    [Fact]
    public async Task A_line_of_fields_gives_the_date_and_the_source_link()
    {
        var (_, row) = await _files.IngestAsync("energy.txt",
            "REFINERY BID\nEnergy wire | 9 January 2025 | Source: https://news.example.org/refinery-bid\n\nThe state company has put in an offer.");

        row!.Published.ShouldBe("2025-01-09");
        row.Url.ShouldBe("https://news.example.org/refinery-bid");
    }

    [Fact]
    public async Task A_link_inside_a_sentence_is_not_taken_as_the_documents_source()
    {
        var (_, row) = await _files.IngestAsync("note.md",
            "# Chronology\n\n*Background note, 20 January 2016. Based on the embassy page (https://embassy.example.org/relations).*\n\nText.");

        row!.Published.ShouldBe("2016-01-20");
        row.Url.ShouldBeNull();
    }

    [Fact]
    public async Task Markdown_without_front_matter_takes_its_title_from_the_heading_and_its_date_from_the_italic_note()
    {
        var (result, row) = await _files.IngestAsync("timeline.md", """
            # Kazakhstan and Bulgaria: a short chronology

            *Background note prepared for a briefing pack, 20 January 2016.*

            - **5 June 1992** — the two countries sign the protocol that establishes diplomatic relations.
            """);

        result.Status.ShouldBe(IngestStatus.Added, result.Reason);
        row!.Title.ShouldBe("Kazakhstan and Bulgaria: a short chronology");
        row.Published.ShouldBe("2016-01-20");
        result.Warnings.ShouldBeEmpty();
    }

    [Fact]
    public async Task A_text_with_no_date_near_its_top_is_stored_undated_with_a_warning()
    {
        var (result, row) = await _files.IngestAsync("undated.txt", "Notes on trade\n\nTrade grew.\n\nIt grew again.\n\nAnd again.\n\nStill growing.\n\nMore.\n\nOn 9 June 2025 a memorandum was signed.");

        result.Status.ShouldBe(IngestStatus.Added, result.Reason);
        row!.Published.ShouldBeNull();
        result.Warnings.ShouldHaveSingleItem().ShouldStartWith("undated");
    }

    [Theory]
    [InlineData("en", "The Republic of Bulgaria recognised the independence of the Republic of Kazakhstan on 23 December 1991, and the page lists what followed.", "Page last updated: 20 June 2025")]
    [InlineData("ru", "Республика Болгария признала государственную независимость Республики Казахстан 23 декабря 1991 года, и ниже перечислены основные события.", "Последнее обновление: 20 июня 2025 г.")]
    [InlineData("bg", "Република България призна независимостта на Република Казахстан на 23 декември 1991 г., а по-долу са изброени основните събития.", "Последна актуализация: 20 юни 2025 г.")]
    [InlineData("kk", "Болгария Республикасы Қазақстан Республикасының тәуелсіздігін 1991 жылғы 23 желтоқсанда таныды, төменде негізгі оқиғалар келтірілген.", "Соңғы жаңарту: 2025 жылғы 20 маусым")]
    public async Task A_lead_telling_an_old_event_with_its_date_does_not_date_a_page_its_footer_says_was_updated(string lang, string lead, string footer)
    {
        var (_, row) = await _files.IngestAsync($"chronology-{lang}.md",
            $"# Chronology\n\n{lead}\n\n- **5 June 1992** – the protocol on diplomatic relations is signed.\n\n---\n\nEmbassy of Kazakhstan · tel. +359 2 406 03 01\n{footer}");

        row!.Published.ShouldBe("2025-06-20");
    }

    [Fact]
    public async Task A_lead_telling_an_event_with_its_date_still_dates_a_text_nothing_else_dates()
    {
        var (_, row) = await _files.IngestAsync("lead.txt",
            "Presidents meet\n\nPresident Kassym-Jomart Tokayev held talks with the President of Bulgaria Rumen Radev in the Akorda on 9 June 2025, the press service reported.\n\nMore text.");

        row!.Published.ShouldBe("2025-06-09");
    }

    [Fact]
    public async Task A_year_alone_near_the_top_does_not_date_the_document()
    {
        var (_, row) = await _files.IngestAsync("year.txt", "Relations since 1992\n\nThe countries established relations in 1992.");

        row!.Published.ShouldBeNull();
    }

    public void Dispose() => _files.Dispose();
}
