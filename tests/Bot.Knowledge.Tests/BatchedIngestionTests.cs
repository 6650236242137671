using Bot.Knowledge.Ingestion;
using Bot.TestKit;

namespace Bot.Knowledge.Tests;

/// <summary>
/// A folder larger than one save batch: batches are saved beside the reading of the next, and the report still lists
/// every file once, in folder order, with the outcome it would have had saved alone.
/// </summary>
public sealed class BatchedIngestionTests : IDisposable
{
    const int Files = 2 * Ingestor.BatchSize + 3;
    const int Empty = Ingestor.BatchSize + 10;
    const int Copy = Ingestor.BatchSize + 50;
    const int Copied = 10;

    readonly TempStore _temp = KbEntities.EmptyStoreWithEntities();
    readonly TempFolder _folder = new();

    TestStores Store => _temp.Store;

    static string Name(int i) => $"doc-{i:D4}.md";

    static string Body(int i) => $"In {2000 + i % 25} mutual trade between Kazakhstan and Bulgaria reached ${100 + i} million, report number {i} says.";

    [Fact]
    public async Task Every_file_of_several_batches_is_reported_in_folder_order_and_saved_once()
    {
        for (var i = 0; i < Files; i++)
            _folder.Write(Name(i), i == Empty ? "" : MarkdownDoc.With($"Report {i}", "2025-06-10", "en", Body(i == Copy ? Copied : i)));

        var report = await Store.Ingestor.IngestAsync([_folder.Path], CancellationToken.None);

        report.Interrupted.ShouldBeFalse();
        report.Results.Select(r => Path.GetFileName(r.Target)).ShouldBe(Enumerable.Range(0, Files).Select(Name));
        report.Results[Empty].Status.ShouldBe(IngestStatus.Failed);
        report.Results[Copy].Reason.ShouldNotBeNull().ShouldContain(Name(Copied));
        report.Count(IngestStatus.Added).ShouldBe(Files - 2);
        var counts = StoreCounts.Of(Store);
        counts.Documents.ShouldBe(Files - 2);
        counts.FtsRows.ShouldBe(counts.Passages);
        counts.Figures.ShouldBe(Files - 2);
    }

    [Fact]
    public async Task Ingesting_the_same_folder_again_changes_nothing()
    {
        for (var i = 0; i < Files; i++) _folder.Write(Name(i), MarkdownDoc.With($"Report {i}", "2025-06-10", "en", Body(i)));
        await Store.Ingestor.IngestAsync([_folder.Path], CancellationToken.None);
        var before = StoreCounts.Of(Store);

        var again = await Store.Ingestor.IngestAsync([_folder.Path], CancellationToken.None);

        again.Count(IngestStatus.Unchanged).ShouldBe(Files);
        StoreCounts.Of(Store).ShouldBe(before);
    }

    [Fact]
    public async Task A_document_the_store_refuses_fails_alone_and_the_rest_of_its_batch_is_kept_and_indexed()
    {
        const int files = 40, refused = 17;
        for (var i = 0; i < files; i++) _folder.Write(Name(i), MarkdownDoc.With($"Report {i}", "2025-06-10", "en", Body(i)));
        // Refused once its document and passages are written, as a broken constraint would be.
        Store.Db.Connection.Execute($"CREATE TRIGGER refuse_one BEFORE INSERT ON figures WHEN NEW.value = {100 + refused} BEGIN SELECT RAISE(ABORT, 'refused by the store'); END");

        var report = await Store.Ingestor.IngestAsync([_folder.Path], CancellationToken.None);

        report.Results.Select(r => Path.GetFileName(r.Target)).ShouldBe(Enumerable.Range(0, files).Select(Name));
        report.Results[refused].Status.ShouldBe(IngestStatus.Failed);
        report.Results[refused].Reason.ShouldNotBeNull().ShouldContain("refused by the store");
        report.Count(IngestStatus.Added).ShouldBe(files - 1);
        var counts = StoreCounts.Of(Store);
        counts.Documents.ShouldBe(files - 1);
        counts.Figures.ShouldBe(files - 1);
        // Nothing of the refused document is left, in the index either.
        counts.FtsRows.ShouldBe(counts.Passages);
        Store.Figures.All().Select(f => f.Value).ShouldNotContain(100d + refused);

        Store.Db.Connection.Execute("DROP TRIGGER refuse_one");
        _folder.Write(Name(3), MarkdownDoc.With("Report 3", "2025-06-10", "en", Body(3) + " A second edition adds a sentence about wheat exports."));
        var again = await Store.Ingestor.IngestAsync([_folder.Path], CancellationToken.None);

        again.Results[refused].Status.ShouldBe(IngestStatus.Added);
        again.Results[3].Status.ShouldBe(IngestStatus.Updated);
        again.Count(IngestStatus.Unchanged).ShouldBe(files - 2);
        var after = StoreCounts.Of(Store);
        after.Documents.ShouldBe(files);
        after.FtsRows.ShouldBe(after.Passages);
    }

    public void Dispose()
    {
        _folder.Dispose();
        _temp.Dispose();
    }
}
