using Bot.Knowledge.Ingestion;
using Bot.TestKit;

namespace Bot.Knowledge.Tests;

/// <summary>A bad file in a folder fails on its own with a reason the user can act on; the good files beside it are still ingested.</summary>
public sealed class MalformedFileTests : IDisposable
{
    const string GoodArticle = "In 2024 mutual trade between Kazakhstan and Bulgaria reached $375 million.";

    readonly TempStore _temp = KbEntities.EmptyStoreWithEntities();
    readonly TempFolder _folder = new();

    TestStores Store => _temp.Store;

    static readonly (string Name, byte[] Content, string Reason)[] Bad =
    [
        ("binary.txt", [0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0x08, 0x00, 0x41, 0x42], "binary content"),
        ("empty.md", [], "empty file"),
        ("whitespace.txt", " \n\t\r\n   \n"u8.ToArray(), "empty file"),
        ("broken.html", "<html><head><title>Broken</title></head><body><div><p></div></span>"u8.ToArray(), "no readable article text"),
        ("unclosed.md", "---\ntitle: Unclosed\ndate: 2025-06-09\n\nTrade between Kazakhstan and Bulgaria grew.\n"u8.ToArray(), "never closed"),
        ("bad-date.md", "---\ntitle: Bad date\ndate: 2025-13-45\n---\n\nTrade between Kazakhstan and Bulgaria grew.\n"u8.ToArray(), "is not a date"),
        ("bad-yaml.md", "---\ntitle: Fine\nnot a key and a value\n  - [unclosed\n---\n\nTrade between Kazakhstan and Bulgaria grew.\n"u8.ToArray(), "front matter is not valid YAML"),
        // Control bytes and bytes invalid as UTF-8: no encoding turns this into text.
        ("garbled.txt", [0x41, 0x01, 0x02, 0x03, 0xFF, 0x04, 0x05, 0xC3, 0x06, 0x07, 0x0E, 0x0F, 0x10, 0x11], "unreadable text"),
    ];

    public static TheoryData<string, byte[], string> BadFilesWithReasons
    {
        get
        {
            var data = new TheoryData<string, byte[], string>();
            foreach (var (name, content, reason) in Bad) data.Add(name, content, reason);
            return data;
        }
    }

    public static TheoryData<string, byte[]> BadFiles
    {
        get
        {
            var data = new TheoryData<string, byte[]>();
            foreach (var (name, content, _) in Bad) data.Add(name, content);
            return data;
        }
    }

    async Task<IngestReport> IngestFolderWithAsync(string badName, byte[] badContent)
    {
        _folder.Write("a-good.md", MarkdownDoc.With("Good before", "2025-06-10", "en", GoodArticle));
        _folder.WriteBytes(badName, badContent);
        _folder.Write("z-good.txt", "Good after\n\nOn 9 June 2025 a memorandum between the cities of Astana and Sofia was signed.");
        return await Store.Ingestor.IngestAsync([_folder.Path], CancellationToken.None);
    }

    [Theory]
    [MemberData(nameof(BadFilesWithReasons))]
    public async Task A_bad_file_gives_one_failure_naming_the_file_with_a_clear_reason(string name, byte[] content, string reason)
    {
        var report = await IngestFolderWithAsync(name, content);

        var failure = report.Results.Where(r => r.Status == IngestStatus.Failed).ShouldHaveSingleItem();
        failure.Target.ShouldEndWith(name);
        failure.Reason.ShouldNotBeNull();
        failure.Reason.ShouldContain(reason);
    }

    [Theory]
    [MemberData(nameof(BadFiles))]
    public async Task The_other_files_in_the_folder_are_still_ingested(string name, byte[] content)
    {
        var report = await IngestFolderWithAsync(name, content);

        report.Results.Count.ShouldBe(3);
        report.Count(IngestStatus.Added).ShouldBe(2);
        Store.Db.Connection.QueryScalars<string>("SELECT title FROM documents ORDER BY title").ShouldBe(["Good after", "Good before"]);
        Store.Figures.All().ShouldHaveSingleItem().Value.ShouldBe(375);
        Store.Agreements.All().ShouldHaveSingleItem().Domain.ShouldBe("municipal");
    }

    [Theory]
    [MemberData(nameof(BadFiles))]
    public async Task The_store_stays_consistent_after_a_bad_file(string name, byte[] content)
    {
        await IngestFolderWithAsync(name, content);

        var counts = StoreCounts.Of(Store);
        counts.Passages.ShouldBe(counts.FtsRows);
        counts.Passages.ShouldBeGreaterThan(0);
        Store.Db.Connection.ExecuteScalar<long>("SELECT count(*) FROM passages WHERE document_id NOT IN (SELECT id FROM documents)").ShouldBe(0);
    }

    [Fact]
    public async Task A_folder_of_only_bad_files_reports_each_of_them_and_saves_nothing()
    {
        foreach (var (name, content, _) in Bad)
            _folder.WriteBytes(name, content);

        var report = await Store.Ingestor.IngestAsync([_folder.Path], CancellationToken.None);

        report.Results.Count.ShouldBe(Bad.Length);
        report.Results.ShouldAllBe(r => r.Status == IngestStatus.Failed && !string.IsNullOrWhiteSpace(r.Reason));
        var counts = StoreCounts.Of(Store);
        counts.Documents.ShouldBe(0);
        counts.Passages.ShouldBe(0);
        counts.FtsRows.ShouldBe(0);
    }

    [Fact]
    public async Task A_utf8_file_with_a_byte_order_mark_keeps_its_front_matter()
    {
        var bom = new byte[] { 0xEF, 0xBB, 0xBF };
        _folder.WriteBytes("bom.md", [.. bom, .. System.Text.Encoding.UTF8.GetBytes(MarkdownDoc.With("With BOM", "2025-06-10", "en", GoodArticle))]);

        var result = (await Store.Ingestor.IngestAsync([_folder.Path], CancellationToken.None)).Results.ShouldHaveSingleItem();

        result.Status.ShouldBe(IngestStatus.Added, result.Reason);
        result.Title.ShouldBe("With BOM");
        Store.Figures.All().ShouldHaveSingleItem().Value.ShouldBe(375);
    }

    [Fact]
    public async Task A_utf16_file_with_a_byte_order_mark_is_read_as_text_not_as_binary()
    {
        _folder.WriteBytes("utf16.txt", [.. System.Text.Encoding.Unicode.GetPreamble(), .. System.Text.Encoding.Unicode.GetBytes("Товарооборот\n\n" + GoodArticle)]);

        var result = (await Store.Ingestor.IngestAsync([_folder.Path], CancellationToken.None)).Results.ShouldHaveSingleItem();

        result.Status.ShouldBe(IngestStatus.Added, result.Reason);
        result.Title.ShouldBe("Товарооборот");
    }

    [Fact]
    public async Task A_file_larger_than_the_limit_is_refused_and_the_rest_of_the_folder_is_ingested()
    {
        _folder.Write("a-good.md", MarkdownDoc.With("Good before", "2025-06-10", "en", GoodArticle));
        _folder.Write("huge.txt", "Huge\n\n" + new string('a', UrlFetcher.MaxBytes));

        var report = await Store.Ingestor.IngestAsync([_folder.Path], CancellationToken.None);

        report.Results.Single(r => r.Target.EndsWith("huge.txt", StringComparison.Ordinal)).Reason.ShouldBe("larger than 5 MB");
        report.Results.Single(r => r.Target.EndsWith("a-good.md", StringComparison.Ordinal)).Status.ShouldBe(IngestStatus.Added);
    }

    [Fact]
    public async Task A_file_that_does_not_exist_is_reported_not_thrown()
    {
        var missing = Path.Combine(_folder.Path, "missing.md");

        var result = (await Store.Ingestor.IngestAsync([missing], CancellationToken.None)).Results.ShouldHaveSingleItem();

        result.Status.ShouldBe(IngestStatus.Failed);
        result.Target.ShouldBe(missing);
        result.Reason.ShouldBe("no such file, folder or URL");
    }

    [Fact]
    public async Task An_unsupported_file_named_directly_is_refused_with_the_supported_types()
    {
        var pdf = _folder.Write("report.odt", "PK not really");

        var result = (await Store.Ingestor.IngestAsync([pdf], CancellationToken.None)).Results.ShouldHaveSingleItem();

        result.Status.ShouldBe(IngestStatus.Failed);
        result.Reason.ShouldNotBeNull();
        result.Reason.ShouldContain("unsupported file type '.odt'");
    }

    public void Dispose()
    {
        _temp.Dispose();
        _folder.Dispose();
    }
}
