using Bot.Knowledge.Ingestion;
using Bot.TestKit;

namespace Bot.Knowledge.Tests.Reading;

/// <summary>Statements and treaty texts as ministries publish them: PDF and Word files, built here with the same libraries.</summary>
public sealed class OfficeDocumentTests : IDisposable
{
    readonly FileIngestion _files = new();

    [Fact]
    public async Task A_pdf_statement_is_read_with_its_title_its_dateline_and_its_figures()
    {
        var (result, row) = await _files.IngestAsync("statement.pdf", OfficeFiles.Pdf("Joint statement on trade", new DateTime(2025, 7, 1),
            "ASTANA, 9 June 2025 - Joint statement of the two presidents.",
            "",
            "In 2024 mutual trade between Kazakhstan and Bulgaria reached $375 million."));

        result.Status.ShouldBe(IngestStatus.Added, result.Reason);
        row!.Title.ShouldBe("Joint statement on trade");
        row.Published.ShouldBe("2025-06-09");
        _files.Store.Figures.All().ShouldHaveSingleItem().Value.ShouldBe(375);
    }

    [Fact]
    public async Task A_pdf_without_a_dateline_is_dated_by_its_creation_date_and_titled_by_its_first_line()
    {
        var (_, row) = await _files.IngestAsync("note.pdf", OfficeFiles.Pdf(null, new DateTime(2024, 3, 5, 10, 0, 0), "Note on rail freight", "", "The ministers discussed container trains."));

        row!.Title.ShouldBe("Note on rail freight");
        row.Published.ShouldBe("2024-03-05");
    }

    [Fact]
    public async Task A_scanned_pdf_with_no_text_layer_gets_one_clear_line()
    {
        var (result, _) = await _files.IngestAsync("scan.pdf", OfficeFiles.Pdf("Scanned treaty", null));

        result.Status.ShouldBe(IngestStatus.Failed);
        result.Reason.ShouldNotBeNull().ShouldStartWith("no text layer");
        StoreCounts.Of(_files.Store).Documents.ShouldBe(0);
    }

    [Fact]
    public async Task A_file_named_pdf_that_is_not_one_is_refused_in_one_line()
    {
        var (result, _) = await _files.IngestAsync("fake.pdf", "this is not a PDF at all, just text"u8.ToArray());

        result.Status.ShouldBe(IngestStatus.Failed);
        result.Reason.ShouldNotBeNull().ShouldStartWith("not a readable PDF");
    }

    [Fact]
    public async Task A_word_document_is_read_paragraph_by_paragraph_with_its_core_properties()
    {
        var (result, row) = await _files.IngestAsync("memo.docx", OfficeFiles.Docx("Memorandum between Astana and Sofia", new DateTime(2025, 6, 9), null,
            "The cities of Astana and Sofia agreed to cooperate in culture and education.",
            "In 2024 mutual trade between Kazakhstan and Bulgaria reached $375 million."));

        result.Status.ShouldBe(IngestStatus.Added, result.Reason);
        row!.Title.ShouldBe("Memorandum between Astana and Sofia");
        row.Published.ShouldBe("2025-06-09");
        _files.Store.Db.Connection.ExecuteScalar<long>("SELECT count(*) FROM passages").ShouldBe(2);
    }

    [Fact]
    public async Task A_word_document_without_a_title_property_takes_its_title_styled_paragraph()
    {
        var (_, row) = await _files.IngestAsync("styled.docx", OfficeFiles.Docx(null, null, "Rail freight talks", "Sofia, 5 April 2026 - The ministers met."));

        row!.Title.ShouldBe("Rail freight talks");
        row.Published.ShouldBe("2026-04-05");
    }

    [Fact]
    public async Task A_file_named_docx_that_is_not_one_is_refused_in_one_line()
    {
        var (result, _) = await _files.IngestAsync("fake.docx", "PK not really a zip"u8.ToArray());

        result.Status.ShouldBe(IngestStatus.Failed);
        result.Reason.ShouldNotBeNull().ShouldStartWith("not a readable Word document");
    }

    [Fact]
    public async Task A_word_file_that_unpacks_to_gigabytes_is_refused_in_one_line_and_the_next_file_is_read()
    {
        // A small file that inflates far past anything a real statement needs (a zip bomb).
        var bomb = new MemoryStream();
        bomb.Write(OfficeFiles.Docx("Bomb", null, null, "Sofia, 5 April 2026 - Nothing."));
        using (var zip = new System.IO.Compression.ZipArchive(bomb, System.IO.Compression.ZipArchiveMode.Update, leaveOpen: true))
        await using (var padding = zip.CreateEntry("word/media/padding.bin", System.IO.Compression.CompressionLevel.SmallestSize).Open())
        {
            var zeros = new byte[1024 * 1024];
            for (var i = 0; i < 80; i++) padding.Write(zeros);
        }
        bomb.Length.ShouldBeLessThan(2 * 1024 * 1024);

        var (result, _) = await _files.IngestAsync("bomb.docx", bomb.ToArray());
        var (next, row) = await _files.IngestAsync("after.docx", OfficeFiles.Docx("Rail freight talks", null, null, "Sofia, 5 April 2026 - The ministers met."));

        result.Status.ShouldBe(IngestStatus.Failed);
        result.Reason.ShouldNotBeNull().ShouldContain("unpacks to more than 64 MB");
        next.Status.ShouldBe(IngestStatus.Added, next.Reason);
        row!.Title.ShouldBe("Rail freight talks");
    }

    public void Dispose() => _files.Dispose();
}
