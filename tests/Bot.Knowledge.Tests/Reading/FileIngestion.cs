using Bot.Knowledge.Ingestion;
using Bot.Knowledge.Model;
using Bot.Knowledge.Storage;
using Bot.TestKit;

namespace Bot.Knowledge.Tests.Reading;

/// <summary>An empty store and a folder: write one file, ingest it, look at what was stored.</summary>
internal sealed class FileIngestion : IDisposable
{
    readonly TempStore _temp = KbEntities.EmptyStoreWithEntities();
    public TempFolder Folder { get; } = new();

    public TestStores Store => _temp.Store;

    public Task<(IngestResult Result, DocumentRow? Row)> IngestAsync(string name, string content) =>
        IngestFileAsync(Folder.Write(name, content));

    public Task<(IngestResult Result, DocumentRow? Row)> IngestAsync(string name, byte[] content) =>
        IngestFileAsync(Folder.WriteBytes(name, content));

    async Task<(IngestResult, DocumentRow?)> IngestFileAsync(string path)
    {
        var result = (await Store.Ingestor.IngestAsync([path], CancellationToken.None)).Results.ShouldHaveSingleItem();
        var row = Store.Db.Connection.Query<DocumentRow>("SELECT * FROM documents ORDER BY id DESC LIMIT 1").SingleOrDefault();
        return (result, row);
    }

    /// <summary>The stored passages' text, in the order they were read.</summary>
    public List<string> Passages() => Store.Db.Connection.QueryScalars<string>("SELECT text FROM passages ORDER BY id");

    /// <summary>The one figure of this metric for this year; failing, the message lists every figure stored.</summary>
    public Figure SingleFigure(string metric, int year)
    {
        var figures = Store.Figures.All();
        return figures.Where(f => f.Metric == metric && f.Period == Period.Year(year))
            .ShouldHaveSingleItem($"{metric} {year} in [{string.Join("; ", figures.Select(f => $"{f.Metric} {f.Period} {f.Value}"))}]");
    }

    public void Dispose()
    {
        _temp.Dispose();
        Folder.Dispose();
    }
}
