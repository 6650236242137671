using Bot.Knowledge.Ingestion;
using Bot.TestKit;

namespace Bot.Knowledge.Tests.Reading;

/// <summary>Every document of the development corpus, in every format it uses, is ingested with the date it states.</summary>
public sealed class DevcorpusTests : IDisposable
{
    static string Docs => Path.Combine(Paths.DevcorpusDir, "docs");

    readonly TempStore _temp = KbEntities.EmptyStoreWithEntities();

    [SharedFact("devcorpus/docs")]
    public async Task Every_devcorpus_document_is_ingested_with_none_refused()
    {
        var report = await _temp.Store.Ingestor.IngestAsync([Docs], CancellationToken.None);

        report.Results.Where(r => r.Status == IngestStatus.Failed).Select(r => $"{r.Target}: {r.Reason}").ShouldBeEmpty();
        report.Count(IngestStatus.Added).ShouldBe(Directory.GetFiles(Docs).Length);
    }

    [SharedFact("devcorpus/docs")]
    public async Task Each_devcorpus_document_carries_the_date_it_states_in_its_own_format()
    {
        await _temp.Store.Ingestor.IngestAsync([Docs], CancellationToken.None);

        Published("01_").ShouldBe("2025-06-10");   // front matter
        Published("03_").ShouldBe("2025-06-10");   // <time datetime>
        Published("04_").ShouldBe("2025-01-09");   // .txt dateline
        Published("06_").ShouldBe("2016-01-20");   // italic note, no front matter
        Published("10_").ShouldBe("2019-10-08");   // <time datetime>
    }

    /// <summary>A document is filed under the source it names, not its file: find it by the title its file gives.</summary>
    string? Published(string prefix)
    {
        var file = Directory.GetFiles(Docs, prefix + "*").ShouldHaveSingleItem();
        var title = FileReader.Read(file, "file:" + file).Title;
        return _temp.Store.Db.Connection.Query<Storage.DocumentRow>("SELECT * FROM documents WHERE title = ?", title).ShouldHaveSingleItem().Published;
    }

    [SharedFact("devcorpus/docs")]
    public async Task The_fictional_devcorpus_documents_are_flagged_and_warned_about()
    {
        var report = await _temp.Store.Ingestor.IngestAsync([Docs], CancellationToken.None);

        report.Results.Where(r => r.Warnings.Contains("marked fictional (fictional: true)")).Select(r => Path.GetFileName(r.Target))
            .ShouldBe(["13_en_fictional-sixth-commission-session.md", "14_bg_fictional-memorandum-obrazovanie.md"]);
        _temp.Store.Db.Connection.ExecuteScalar<long>("SELECT count(*) FROM documents WHERE fictional = 1").ShouldBe(2);
    }

    [SharedFact("devcorpus/docs")]
    public async Task Ingesting_the_devcorpus_again_changes_nothing()
    {
        await _temp.Store.Ingestor.IngestAsync([Docs], CancellationToken.None);

        var again = await _temp.Store.Ingestor.IngestAsync([Docs], CancellationToken.None);

        again.Results.ShouldAllBe(r => r.Status == IngestStatus.Unchanged);
        again.NewAgreementIds.ShouldBeEmpty();
    }

    public void Dispose() => _temp.Dispose();
}
