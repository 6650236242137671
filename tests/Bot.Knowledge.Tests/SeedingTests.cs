using Bot.Knowledge.Ingestion;
using Bot.Knowledge.Seeding;
using Bot.TestKit;

namespace Bot.Knowledge.Tests;

/// <summary>A fresh store fills itself from data/ once; an up-to-date store is left alone; --no-seed means empty.</summary>
public sealed class SeedingTests
{
    const string ArticleUri = "https://www.silkway.news/kazakhstan-and-bulgaria-confirmed-151099";

    static HashSet<string> CitedSourceUris()
    {
        var kb = Path.Combine(Paths.DataDir, "kb");
        var cited = KbFileReader.ReadLines<KbFact>(Path.Combine(kb, "facts.jsonl")).SelectMany(f => f.Sources).ToHashSet(StringComparer.Ordinal);
        return KbFileReader.ReadLines<KbSource>(Path.Combine(kb, "sources.jsonl"))
            .Where(s => cited.Contains(s.Id)).Select(s => "kb:" + s.Id).ToHashSet(StringComparer.Ordinal);
    }

    static List<string> DocumentUris(TestStores store) => store.Db.Connection.QueryScalars<string>("SELECT uri FROM documents");

    static Task<IngestReport?> EnsureSeededAsync(TestStores store, bool noSeed = false) =>
        store.EnsureSeededAsync(Paths.DataDir, noSeed, CancellationToken.None);

    [Fact]
    public async Task A_seeded_store_has_a_document_for_every_cited_source_and_the_seed_article()
    {
        using var temp = await TempStore.SeededAsync();

        var expected = CitedSourceUris();
        expected.Count.ShouldBeGreaterThan(0);
        expected.Add(ArticleUri);
        DocumentUris(temp.Store).Order(StringComparer.Ordinal).ToArray().ShouldBe(expected.Order(StringComparer.Ordinal).ToArray());
    }

    [Fact]
    public async Task A_seeded_store_knows_more_than_a_hundred_entities_with_their_aliases()
    {
        using var temp = await TempStore.SeededAsync();

        var counts = StoreCounts.Of(temp.Store);
        counts.Entities.ShouldBeGreaterThan(100);
        temp.Store.Entities.Index().Resolve("Токаев").ShouldNotBeNull().Id.ShouldBe("tokayev");
        temp.Store.Entities.Index().Get("radev").ShouldNotBeNull().Aliases.ShouldContain("Радев");
    }

    [Fact]
    public async Task Seeding_reports_every_document_added_and_marks_the_store_seeded()
    {
        using var temp = TempStore.Empty();

        var report = await EnsureSeededAsync(temp.Store);

        report.ShouldNotBeNull();
        report.Results.ShouldAllBe(r => r.Status == IngestStatus.Added, string.Join("; ", report.Results.Where(r => r.Status != IngestStatus.Added).Select(r => $"{r.Target}: {r.Reason}")));
        report.Results.Count.ShouldBe(CitedSourceUris().Count + 1);
        temp.Store.IsSeeded.ShouldBeTrue();
        var counts = StoreCounts.Of(temp.Store);
        counts.FtsRows.ShouldBe(counts.Passages);
    }

    [Fact]
    public async Task Seeding_an_already_seeded_store_with_unchanged_data_does_nothing()
    {
        using var temp = await TempStore.SeededAsync();
        var before = StoreCounts.Of(temp.Store);

        var report = await EnsureSeededAsync(temp.Store);

        report.ShouldBeNull();
        StoreCounts.Of(temp.Store).ShouldBe(before);
    }

    [Fact]
    public async Task A_restarted_program_does_not_seed_again_when_data_is_unchanged()
    {
        using var temp = await TempStore.SeededAsync();
        var before = StoreCounts.Of(temp.Store);
        var ingestedAt = temp.Store.Db.Connection.QueryScalars<string>("SELECT ingested_at FROM documents ORDER BY id");

        temp.Reopen();
        var report = await EnsureSeededAsync(temp.Store);

        report.ShouldBeNull();
        StoreCounts.Of(temp.Store).ShouldBe(before);
        temp.Store.Db.Connection.QueryScalars<string>("SELECT ingested_at FROM documents ORDER BY id").ShouldBe(ingestedAt);
    }

    [Fact]
    public async Task An_edited_seed_article_updates_only_that_document_and_announces_no_agreement_again()
    {
        using var data = CopyOfData();
        using var temp = TempStore.Empty();
        (await temp.Store.EnsureSeededAsync(data.Path, false, CancellationToken.None)).ShouldNotBeNull();
        var before = StoreCounts.Of(temp.Store);
        var article = Path.Combine(data.Path, "documents", "2025-06-09-akorda-tokayev-radev-talks.md");
        File.AppendAllText(article, "\nThe visit ended with a state dinner.\n");

        var report = await temp.Store.EnsureSeededAsync(data.Path, false, CancellationToken.None);

        report.ShouldNotBeNull();
        report.Results.Where(r => r.Status != IngestStatus.Unchanged).ShouldHaveSingleItem().Status.ShouldBe(IngestStatus.Updated);
        report.NewAgreementIds.ShouldBeEmpty();
        var after = StoreCounts.Of(temp.Store);
        after.Documents.ShouldBe(before.Documents);
        after.Agreements.ShouldBe(before.Agreements);
        after.Figures.ShouldBe(before.Figures);
        after.Passages.ShouldBe(before.Passages + 1);
    }

    [Fact]
    public async Task A_malformed_line_in_the_curated_facts_names_the_file_and_line()
    {
        using var data = CopyOfData();
        var facts = Path.Combine(data.Path, "kb", "facts.jsonl");
        var lines = File.ReadAllLines(facts).Length;
        File.AppendAllText(facts, "{\"id\": \"X1\", \"text\": \n");
        using var temp = TempStore.Empty();

        var error = await Should.ThrowAsync<IngestionException>(
            () => temp.Store.EnsureSeededAsync(data.Path, false, CancellationToken.None));

        error.Message.ShouldStartWith($"facts.jsonl line {lines + 1}:");
    }

    [Fact]
    public async Task A_seeding_that_failed_is_completed_on_the_next_start_once_the_data_is_fixed()
    {
        using var data = CopyOfData();
        var facts = Path.Combine(data.Path, "kb", "facts.jsonl");
        var good = File.ReadAllText(facts);
        File.AppendAllText(facts, "{\"id\": \"X1\", \"text\": \"Broken.\", \"sources\": [\"no-such-source\"]}\n");
        using var temp = TempStore.Empty();
        await Should.ThrowAsync<IngestionException>(() => temp.Store.EnsureSeededAsync(data.Path, false, CancellationToken.None));

        File.WriteAllText(facts, good);
        temp.Reopen();
        var report = await temp.Store.EnsureSeededAsync(data.Path, false, CancellationToken.None);

        report.ShouldNotBeNull();
        temp.Store.IsSeeded.ShouldBeTrue();
        StoreCounts.Of(temp.Store).Documents.ShouldBe(CitedSourceUris().Count + 1);
    }

    static TempFolder CopyOfData()
    {
        var copy = new TempFolder();
        foreach (var file in Directory.EnumerateFiles(Paths.DataDir, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(copy.Path, Path.GetRelativePath(Paths.DataDir, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
        return copy;
    }

    [Fact]
    public async Task No_seed_on_a_new_store_leaves_it_empty()
    {
        using var temp = TempStore.Empty();

        var report = await EnsureSeededAsync(temp.Store, noSeed: true);

        report.ShouldBeNull();
        temp.Store.IsSeeded.ShouldBeFalse();
        StoreCounts.Of(temp.Store).ShouldBe(new StoreCounts(0, 0, 0, 0, 0, 0, 0));
    }

    [Fact]
    public async Task A_store_created_with_no_seed_stays_empty_after_a_restart()
    {
        using var temp = TempStore.Empty();
        await EnsureSeededAsync(temp.Store, noSeed: true);

        temp.Reopen();
        var report = await EnsureSeededAsync(temp.Store);

        report.ShouldBeNull();
        StoreCounts.Of(temp.Store).Documents.ShouldBe(0);
    }

    [Fact]
    public async Task A_missing_seed_folder_is_a_store_error_naming_the_folder()
    {
        using var temp = TempStore.Empty();
        var missing = Path.Combine(Path.GetTempPath(), $"kzbg-no-such-data-{Guid.NewGuid():N}");

        var error = await Should.ThrowAsync<KnowledgeStoreException>(
            () => temp.Store.EnsureSeededAsync(missing, noSeed: false, CancellationToken.None));

        error.Message.ShouldContain(missing);
    }
}
