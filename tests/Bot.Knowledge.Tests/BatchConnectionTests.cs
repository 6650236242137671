using Bot.Knowledge.Extraction;
using Bot.Knowledge.Ingestion;
using Bot.Knowledge.Storage;
using Bot.TestKit;

namespace Bot.Knowledge.Tests;

/// <summary>
/// Batches of documents are written on writer connections kept open from one batch to the next (their page cache
/// stays warm): what one batch left undone, or another process wrote meanwhile, is seen by the next as the store holds it.
/// </summary>
public sealed class BatchConnectionTests : IDisposable
{
    readonly TempStore _temp = KbEntities.EmptyStoreWithEntities();

    TestStores Store => _temp.Store;

    static SourceDocument Report(int i, string body) =>
        Ingestor.Canonical(MarkdownReader.Read($"/reports/report-{i}.md", MarkdownDoc.With($"Report {i}", "2025-06-10", "en", body)));

    static string Trade(int millions) => $"In 2024 mutual trade between Kazakhstan and Bulgaria reached ${millions} million.";

    SaveOutcome SaveInBatch(SourceDocument doc, bool commit = true)
    {
        using var batch = Store.Writer.BeginBatch();
        var outcome = batch.Save(doc, new DocumentExtractor(Store.Entities.Index()).Extract(doc));
        if (commit) batch.Commit();
        return outcome;
    }

    [Fact]
    public void A_batch_left_without_commit_keeps_nothing_and_the_next_batch_saves_normally()
    {
        SaveInBatch(Report(1, Trade(375)), commit: false);

        SaveInBatch(Report(2, Trade(400))).Status.ShouldBe(SaveStatus.Added);

        Store.Documents.Count().ShouldBe(1);
        Store.Documents.HasUri(Report(2, Trade(400)).Uri).ShouldBeTrue();
        Store.Figures.All().Select(f => f.Value).ShouldBe([400d]);
    }

    [Fact]
    public void A_document_another_process_changed_between_two_batches_is_seen_as_it_now_is()
    {
        SaveInBatch(Report(1, Trade(375))).Status.ShouldBe(SaveStatus.Added);
        using (var other = new TestStores(_temp.Path))
        {
            // Another process (its own connections to the same file) replaces the report's text.
            using var batch = other.Writer.BeginBatch();
            var changed = Report(1, Trade(390));
            batch.Save(changed, new DocumentExtractor(other.Entities.Index()).Extract(changed)).Status.ShouldBe(SaveStatus.Updated);
            batch.Commit();
        }

        SaveInBatch(Report(1, Trade(390))).Status.ShouldBe(SaveStatus.Unchanged);
        SaveInBatch(Report(2, Trade(410))).Status.ShouldBe(SaveStatus.Added);

        Store.Figures.All().Select(f => f.Value).Order().ShouldBe([390d, 410d]);
    }

    public void Dispose() => _temp.Dispose();
}
