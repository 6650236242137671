using Bot.Knowledge.Ingestion;

namespace Bot.Knowledge.Tests.Reading;

/// <summary>
/// A page of several short news items, each under its own date (an embassy's news feed, a chronicle): each item is a
/// document of its own, so "today" in an item is that item's day, and its agreements and figures carry its date.
/// </summary>
public sealed class NewsItemPageTests : IDisposable
{
    readonly FileIngestion _files = new();

    const string Feed = """
        <html lang="en"><head><title>Chronicle | Embassy</title><link rel="canonical" href="https://embassy.example.org/chronicle"></head><body>
        <nav><a href="/">Home</a> <a href="/news">News</a> <a href="/contacts">Contacts</a></nav>
        <h1>Chronicle</h1>
        <div class="feed">
          <div class="entry"><div class="entry-date">20.03.2026</div><h2>Rail freight group meets</h2>
            <p>Today the working group on rail freight held its first meeting in Sofia and agreed on a timetable.</p></div>
          <div class="entry"><div class="entry-date">02.02.2026</div><h2>Memorandum on tourism</h2>
            <p>Today the tourism agencies of Kazakhstan and Bulgaria signed a memorandum of understanding on tourism in Astana.</p></div>
          <div class="entry"><div class="entry-date">15.01.2026</div><h2>Reception in Sofia</h2>
            <p>Today the embassy held a reception in Sofia attended by more than 150 guests.</p></div>
        </div>
        <div class="pager"><a href="?p=2">2</a> <a href="?p=3">3</a> <a href="?p=2">Next</a></div>
        </body></html>
        """;

    [Fact]
    public async Task Each_dated_item_of_a_news_feed_page_is_a_document_with_its_own_date_and_headline()
    {
        var report = await _files.Store.Ingestor.IngestAsync([_files.Folder.Write("chronicle.html", Feed)], CancellationToken.None);

        report.Results.Count.ShouldBe(3);
        report.Results.ShouldAllBe(r => r.Status == IngestStatus.Added);
        var docs = _files.Store.Db.Connection.Query<Bot.Knowledge.Storage.DocumentRow>("SELECT * FROM documents ORDER BY id");
        docs.Select(d => (d.Published, d.Title)).ShouldBe([
            ("2026-03-20", "Rail freight group meets"), ("2026-02-02", "Memorandum on tourism"), ("2026-01-15", "Reception in Sofia")]);
        docs.ShouldAllBe(d => d.Url == "https://embassy.example.org/chronicle");
        docs.Select(d => d.Uri).Distinct().Count().ShouldBe(3);
    }

    [Fact]
    public async Task An_agreement_signed_today_in_an_older_item_is_dated_by_that_item_not_by_the_newest()
    {
        await _files.Store.Ingestor.IngestAsync([_files.Folder.Write("chronicle.html", Feed)], CancellationToken.None);

        _files.Store.Agreements.All().ShouldHaveSingleItem().Signed.ShouldBe(new Bot.Knowledge.Model.PartialDate(2026, 2, 2));
    }

    [Fact]
    public async Task Reading_the_same_feed_page_again_changes_nothing()
    {
        var file = _files.Folder.Write("chronicle.html", Feed);
        await _files.Store.Ingestor.IngestAsync([file], CancellationToken.None);

        var again = await _files.Store.Ingestor.IngestAsync([file], CancellationToken.None);

        again.Results.ShouldAllBe(r => r.Status == IngestStatus.Unchanged);
    }

    [Fact]
    public async Task A_single_article_with_its_date_under_the_headline_stays_one_document()
    {
        var page = """
            <html><head><title>Talks</title></head><body>
            <h1>Rail freight group meets</h1><div class="date">20.03.2026</div>
            <p>Today the working group on rail freight held its first meeting in Sofia.</p>
            <p>On 15.01.2026 the two ministries had agreed to set it up.</p>
            </body></html>
            """;

        var (result, row) = await _files.IngestAsync("article.html", page);

        result.Status.ShouldBe(IngestStatus.Added);
        row!.Published.ShouldBe("2026-03-20");
        _files.Store.Db.Connection.ExecuteScalar<int>("SELECT count(*) FROM documents").ShouldBe(1);
    }

    public void Dispose() => _files.Dispose();
}
