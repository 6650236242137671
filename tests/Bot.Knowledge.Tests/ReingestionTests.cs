using Bot.Knowledge.Ingestion;
using Bot.Knowledge.Text;
using Bot.TestKit;

namespace Bot.Knowledge.Tests;

/// <summary>Ingesting the same thing again changes nothing; a changed document replaces its old passages and facts and raises no false "new agreement".</summary>
public sealed class ReingestionTests : IDisposable
{
    const string Signing = "A memorandum of understanding between the cities of Astana and Sofia was signed.";
    const string Trade2024 = "In 2024 mutual trade reached $375 million.";

    readonly TempStore _temp = KbEntities.EmptyStoreWithEntities();
    readonly TempFolder _folder = new();

    TestStores Store => _temp.Store;

    static string Talks(string opening, string? source = null) =>
        MarkdownDoc.With("Talks in Astana", "2025-06-09", "en", $"ASTANA, Monday. {opening}\n\n{Signing}\n\n{Trade2024}", source);

    static string Trade(string body) => MarkdownDoc.With("Trade so far this year", "2025-06-10", "en", body);

    const string OldTrade = "Kazakh apricots were the talk of the fair.\n\nIn four months of this year, trade turnover exceeded $83 million.";
    const string NewTrade = "In five months of this year, trade turnover exceeded $101 million.";

    Task<IngestReport> IngestFolderAsync() => Store.Ingestor.IngestAsync([_folder.Path], CancellationToken.None);

    Task<IngestReport> IngestAsync(string path) => Store.Ingestor.IngestAsync([path], CancellationToken.None);

    long DocumentId(string title) => Store.Db.Connection.ExecuteScalar<long>("SELECT id FROM documents WHERE title = ?", title);

    int Hits(string word) => Store.Passages.Search(TermAnalyzer.Keys(word), 10).Count;

    [Fact]
    public async Task Ingesting_the_same_folder_twice_reports_everything_unchanged_the_second_time()
    {
        _folder.Write("talks.md", Talks("The presidents held talks."));
        _folder.Write("trade.md", Trade(OldTrade));
        (await IngestFolderAsync()).Count(IngestStatus.Added).ShouldBe(2);

        var second = await IngestFolderAsync();

        second.Results.Count.ShouldBe(2);
        second.Results.ShouldAllBe(r => r.Status == IngestStatus.Unchanged);
        second.NewAgreementIds.ShouldBeEmpty();
    }

    [Fact]
    public async Task Ingesting_the_same_folder_twice_adds_no_rows()
    {
        _folder.Write("talks.md", Talks("The presidents held talks."));
        _folder.Write("trade.md", Trade(OldTrade));
        await IngestFolderAsync();
        var before = StoreCounts.Of(Store);

        await IngestFolderAsync();

        StoreCounts.Of(Store).ShouldBe(before);
        before.Agreements.ShouldBe(1);
        before.Figures.ShouldBe(2);
    }

    [Fact]
    public async Task A_changed_document_is_reported_updated_and_keeps_its_record()
    {
        var trade = _folder.Write("trade.md", Trade(OldTrade));
        await IngestAsync(trade);
        var id = DocumentId("Trade so far this year");

        _folder.Write("trade.md", Trade(NewTrade));
        var result = (await IngestAsync(trade)).Results.ShouldHaveSingleItem();

        result.Status.ShouldBe(IngestStatus.Updated);
        DocumentId("Trade so far this year").ShouldBe(id);
        StoreCounts.Of(Store).Documents.ShouldBe(1);
    }

    [Fact]
    public async Task A_changed_document_replaces_its_old_passages_instead_of_adding_to_them()
    {
        var trade = _folder.Write("trade.md", Trade(OldTrade));
        await IngestAsync(trade);
        Hits("apricots").ShouldBe(1);

        _folder.Write("trade.md", Trade(NewTrade));
        await IngestAsync(trade);

        Hits("apricots").ShouldBe(0);
        Hits("five").ShouldBe(1);
        var counts = StoreCounts.Of(Store);
        counts.Passages.ShouldBe(1);
        counts.FtsRows.ShouldBe(counts.Passages);
    }

    [Fact]
    public async Task A_changed_document_replaces_its_old_figures_instead_of_adding_to_them()
    {
        var trade = _folder.Write("trade.md", Trade(OldTrade));
        await IngestAsync(trade);

        _folder.Write("trade.md", Trade(NewTrade));
        await IngestAsync(trade);

        var figure = Store.Figures.All().ShouldHaveSingleItem();
        figure.Value.ShouldBe(101);
        figure.Period.ToString().ShouldBe("2025-01..2025-05");
    }

    [Fact]
    public async Task Re_ingesting_a_changed_copy_of_the_document_that_introduced_an_agreement_does_not_announce_it_again()
    {
        var talks = _folder.Write("talks.md", Talks("The presidents held talks."));
        var first = (await IngestAsync(talks)).Results.ShouldHaveSingleItem();
        first.NewAgreementIds.Count.ShouldBe(1);

        _folder.Write("talks.md", Talks("The presidents held long talks in a friendly atmosphere."));
        var second = (await IngestAsync(talks)).Results.ShouldHaveSingleItem();

        second.Status.ShouldBe(IngestStatus.Updated);
        second.Agreements.ShouldBe(1);
        second.NewAgreementIds.ShouldBeEmpty();
        Store.Agreements.All().ShouldHaveSingleItem().Sources.Count.ShouldBe(1);
    }

    [Fact]
    public async Task An_edited_copy_in_another_folder_with_the_same_source_url_updates_the_same_document()
    {
        const string url = "https://www.akorda.kz/en/talks-in-astana";
        var original = _folder.Write("talks.md", Talks("The presidents held talks.", url));
        (await IngestAsync(original)).Results.ShouldHaveSingleItem().NewAgreementIds.Count.ShouldBe(1);

        var copy = _folder.Write(Path.Combine("later", "talks-copy.md"), Talks("The presidents held talks in the Akorda.", url));
        var result = (await IngestAsync(copy)).Results.ShouldHaveSingleItem();

        result.Status.ShouldBe(IngestStatus.Updated);
        result.NewAgreementIds.ShouldBeEmpty();
        var counts = StoreCounts.Of(Store);
        counts.Documents.ShouldBe(1);
        counts.Agreements.ShouldBe(1);
        counts.Figures.ShouldBe(1);
    }

    [Fact]
    public async Task A_different_text_naming_a_stored_documents_source_url_is_kept_beside_it_with_a_warning()
    {
        const string url = "https://news.example.org/kz-bg/2025/06";
        await IngestAsync(_folder.Write("talks.md", Talks("The presidents held talks.", url)));
        var fair = _folder.Write("fair.md", MarkdownDoc.With("Wine fair in Almaty", "2025-06-12", "en",
            "Twenty Bulgarian wineries showed their wines at a fair in Almaty, and buyers from Shymkent placed the first orders.", url));

        var result = (await IngestAsync(fair)).Results.ShouldHaveSingleItem();

        result.Status.ShouldBe(IngestStatus.Added);
        result.Warnings.ShouldContain(w => w.Contains("Talks in Astana") && w.Contains(url));
        Store.Db.Connection.QueryScalars<string>("SELECT title FROM documents ORDER BY id").ShouldBe(["Talks in Astana", "Wine fair in Almaty"]);
        Store.Agreements.All().ShouldHaveSingleItem().Sources.ShouldHaveSingleItem().Url.ShouldBe(url);
        Hits("wineries").ShouldBe(1);
        Hits("presidents").ShouldBe(1);
    }

    [Fact]
    public async Task Two_texts_sharing_a_source_url_ingested_again_are_unchanged_and_an_edit_of_the_second_updates_only_it()
    {
        const string url = "https://news.example.org/kz-bg/2025/06";
        _folder.Write("talks.md", Talks("The presidents held talks.", url));
        const string fair = "Twenty Bulgarian wineries showed their wines at a fair in Almaty.";
        var fairFile = _folder.Write("fair.md", MarkdownDoc.With("Wine fair in Almaty", "2025-06-12", "en", fair, url));
        await IngestFolderAsync();

        (await IngestFolderAsync()).Count(IngestStatus.Unchanged).ShouldBe(2);
        _folder.Write("fair.md", MarkdownDoc.With("Wine fair in Almaty", "2025-06-12", "en", fair + " Buyers from Shymkent placed the first orders.", url));
        var edited = (await IngestAsync(fairFile)).Results.ShouldHaveSingleItem();

        edited.Status.ShouldBe(IngestStatus.Updated);
        StoreCounts.Of(Store).Documents.ShouldBe(2);
        Hits("presidents").ShouldBe(1);
        Hits("Shymkent").ShouldBe(1);
    }

    [Fact]
    public async Task A_second_document_reporting_a_known_agreement_adds_a_source_not_a_new_agreement()
    {
        await IngestAsync(_folder.Write("talks.md", Talks("The presidents held talks.")));

        var other = _folder.Write("other.md",
            MarkdownDoc.With("Astana and Sofia become partners", "2025-06-09", "en", $"Mayors welcomed the news. {Signing}"));
        var result = (await IngestAsync(other)).Results.ShouldHaveSingleItem();

        result.Status.ShouldBe(IngestStatus.Added);
        result.Agreements.ShouldBe(1);
        result.NewAgreementIds.ShouldBeEmpty();
        Store.Agreements.All().ShouldHaveSingleItem().Sources.Select(s => s.Title).Order(StringComparer.Ordinal).ToArray()
            .ShouldBe(["Astana and Sofia become partners", "Talks in Astana"]);
    }

    [Fact]
    public async Task A_document_that_no_longer_reports_its_only_agreement_takes_the_agreement_with_it()
    {
        var talks = _folder.Write("talks.md", Talks("The presidents held talks."));
        await IngestAsync(talks);

        _folder.Write("talks.md", MarkdownDoc.With("Talks in Astana", "2025-06-09", "en", Trade2024));
        await IngestAsync(talks);

        Store.Agreements.All().ShouldBeEmpty();
        StoreCounts.Of(Store).AgreementSources.ShouldBe(0);
    }

    public void Dispose()
    {
        _temp.Dispose();
        _folder.Dispose();
    }
}
