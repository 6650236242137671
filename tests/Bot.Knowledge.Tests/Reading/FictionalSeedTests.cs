using Bot.Knowledge.Ingestion;
using Bot.TestKit;

namespace Bot.Knowledge.Tests.Reading;

/// <summary>A document that says it is invented can be ingested by hand, but never becomes part of the curated seed data.</summary>
public sealed class FictionalSeedTests : IDisposable
{
    readonly TempFolder _data = new();
    readonly TempStore _temp = TempStore.Empty();

    [Fact]
    public async Task Seeding_refuses_a_file_marked_fictional_and_seeds_the_rest()
    {
        _data.Write("documents/real.md", MarkdownDoc.With("Real talks", "2025-06-09", "en", "The presidents of Kazakhstan and Bulgaria held talks in Astana."));
        _data.Write("documents/invented.md", "---\ntitle: Invented session\ndate: 2026-11-12\nfictional: true\n---\n\nThe sixth session closed in Astana.\n");

        var report = (await _temp.Store.EnsureSeededAsync(_data.Path, noSeed: false, CancellationToken.None)).ShouldNotBeNull();

        var refused = report.Results.Single(r => r.Status == IngestStatus.Failed);
        refused.Target.ShouldEndWith("invented.md");
        refused.Reason.ShouldNotBeNull().ShouldContain("marked fictional");
        _temp.Store.Db.Connection.QueryScalars<string>("SELECT title FROM documents").ShouldBe(["Real talks"]);
    }

    public void Dispose()
    {
        _temp.Dispose();
        _data.Dispose();
    }
}
