using Bot.Knowledge.Ingestion;
using Bot.Knowledge.Model;
using Bot.TestKit;

namespace Bot.Knowledge.Tests.Figures;

/// <summary>An empty store (no curated entities) and a folder: ingest dated news items, look at the facts they gave.</summary>
internal sealed class NewsItemIngestion : IDisposable
{
    readonly TempStore _temp = TempStore.Empty();
    readonly TempFolder _folder = new();

    public TestStores Store => _temp.Store;

    /// <summary>Ingests one dated news item, which must be added (a refusal fails the test with its reason).</summary>
    public async Task AddAsync(string lang, string date, string body)
    {
        var file = _folder.Write($"{lang}-{Guid.NewGuid():N}.md", MarkdownDoc.With("News item", date, lang, body));
        var result = (await _temp.Store.Ingestor.IngestAsync([file], CancellationToken.None)).Results.ShouldHaveSingleItem();
        result.Status.ShouldBe(IngestStatus.Added, result.Reason);
    }

    public async Task<IReadOnlyList<Figure>> IngestAsync(string lang, string date, string body)
    {
        await AddAsync(lang, date, body);
        return _temp.Store.Figures.All();
    }

    /// <summary>The one figure of this metric and period; failing, the message lists every figure stored.</summary>
    public static Figure Single(IReadOnlyList<Figure> figures, string metric, Period period) =>
        figures.Where(f => f.Metric == metric && f.Period == period).ShouldHaveSingleItem($"{metric} {period} in [{Listed(figures)}]");

    public static string Listed(IReadOnlyList<Figure> figures) => string.Join("; ", figures.Select(f => $"{f.Metric} {f.Period} {f.Value}"));

    public void Dispose()
    {
        _temp.Dispose();
        _folder.Dispose();
    }
}
