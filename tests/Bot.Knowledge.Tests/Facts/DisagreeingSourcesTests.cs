using Bot.Knowledge.Ingestion;
using Bot.Knowledge.Model;
using Bot.TestKit;

namespace Bot.Knowledge.Tests.Facts;

/// <summary>Where two sources state a fact differently, the store keeps both, each with its source.</summary>
public sealed class DisagreeingSourcesTests : IDisposable
{
    readonly TempStore _temp = TempStore.Empty();
    readonly TempFolder _folder = new();

    async Task IngestAsync(string title, string body)
    {
        var file = _folder.Write($"{Guid.NewGuid():N}.md", MarkdownDoc.With(title, "2025-03-01", "en", body));
        (await _temp.Store.Ingestor.IngestAsync([file], CancellationToken.None)).Results.ShouldHaveSingleItem().Status.ShouldBe(IngestStatus.Added);
    }

    [Fact]
    public async Task Two_sources_giving_different_turnover_for_one_year_are_both_kept()
    {
        await IngestAsync("Ministry note", "Trade turnover between Kazakhstan and Bulgaria reached $375 million in 2024.");
        await IngestAsync("Agency report", "Trade turnover between Kazakhstan and Bulgaria reached $380 million in 2024.");

        var figures = _temp.Store.Figures.All().Where(f => f.Metric == "turnover" && f.Period == Period.Year(2024)).ToList();
        figures.Select(f => (f.Value, f.Source.Title)).ShouldBe([(375d, "Ministry note"), (380d, "Agency report")], ignoreOrder: true);
    }

    [Fact]
    public async Task Two_sources_dating_a_signing_to_different_years_keep_both_dates_each_with_its_source()
    {
        await IngestAsync("Ministry note", "On 9 June 2025 Kazakhstan and Bulgaria signed a memorandum on the Trans-Caspian route.");
        await IngestAsync("Agency report", "In June 2024 Kazakhstan and Bulgaria signed a memorandum on the Trans-Caspian route.");

        var agreements = _temp.Store.Agreements.All();
        agreements.Select(a => (a.Signed, a.Sources.ShouldHaveSingleItem().Title))
            .ShouldBe([(new PartialDate(2025, 6, 9), "Ministry note"), (new PartialDate(2024, 6), "Agency report")], ignoreOrder: true);
    }

    [Fact]
    public async Task Two_pages_under_one_headline_each_keep_their_own_source()
    {
        // The sources view keeps a headline many pages share once: each figure still cites its own page and day.
        var first = _folder.Write("first.md", MarkdownDoc.With("Trade news", "2025-03-01", "en", "Trade turnover between Kazakhstan and Bulgaria reached $375 million in 2024."));
        var second = _folder.Write("second.md", MarkdownDoc.With("Trade news", "2025-04-02", "en", "Trade turnover between Kazakhstan and Bulgaria reached $380 million in 2023."));
        await _temp.Store.Ingestor.IngestAsync([first, second], CancellationToken.None);

        var figures = _temp.Store.Figures.All().Where(f => f.Metric == "turnover").ToList();
        figures.Select(f => (f.Value, f.Source.Title, f.Source.Published)).ShouldBe([(375d, "Trade news", "2025-03-01"), (380d, "Trade news", "2025-04-02")], ignoreOrder: true);
        figures.Select(f => f.Source.DocumentId).Distinct().Count().ShouldBe(2);
    }

    public void Dispose()
    {
        _temp.Dispose();
        _folder.Dispose();
    }
}
