using Bot.Knowledge.Ingestion;
using Bot.TestKit;

namespace Bot.Knowledge.Tests;

/// <summary>
/// A batch keeps the agreements it has read and added while it lasts (each report is held against its group's agreements):
/// a document refused after it had added an agreement takes that agreement with it, and the next report of the same
/// signing, in the same batch, stores it as if the refused document had never been read.
/// </summary>
public sealed class RefusedAgreementReportTests : IDisposable
{
    // A press-release line, a digest's one-line item in Russian, and a distractor: another year's signing of another kind.
    const string Release = "On 12 March 2024 in Sofia the Ministry of Tourism of Bulgaria and the Ministry of Tourism and Sports of Kazakhstan signed a memorandum of cooperation in tourism.";
    const string Digest = "Kazakhstan and Bulgaria signed a memorandum on tourism cooperation in Sofia on 12 March 2024.\n\nA year earlier, in 2023, the two countries signed an agreement on air services.";
    const string Russian = "12 марта 2024 года в Софии Министерство туризма и спорта Казахстана и Министерство туризма Болгарии подписали меморандум о сотрудничестве в сфере туризма.";

    readonly TempStore _temp = KbEntities.EmptyStoreWithEntities();
    readonly TempStore _control = KbEntities.EmptyStoreWithEntities();
    readonly TempFolder _folder = new();
    readonly TempFolder _controlFolder = new();

    [Fact]
    public async Task An_agreement_first_reported_by_a_refused_document_is_stored_from_the_next_report_as_if_the_refused_one_was_never_read()
    {
        _folder.Write("a-release.md", MarkdownDoc.With("Refused release", "2024-03-12", "en", Release));
        foreach (var folder in new[] { _folder, _controlFolder })
        {
            folder.Write("b-digest.md", MarkdownDoc.With("Weekly digest", "2024-03-15", "en", Digest));
            folder.Write("c-russian.md", MarkdownDoc.With("Туризм: меморандум подписан", "2024-03-13", "ru", Russian));
        }
        // Refused once its agreement is written, as a broken constraint would be: the agreement goes with the document.
        _temp.Store.Db.Connection.Execute(
            "CREATE TRIGGER refuse_one BEFORE INSERT ON agreement_sources WHEN (SELECT title FROM documents WHERE id = NEW.document_id) = 'Refused release' " +
            "BEGIN SELECT RAISE(ABORT, 'refused by the store'); END");

        var report = await _temp.Store.Ingestor.IngestAsync([_folder.Path], CancellationToken.None);
        await _control.Store.Ingestor.IngestAsync([_controlFolder.Path], CancellationToken.None);

        report.Results[0].Status.ShouldBe(IngestStatus.Failed);
        report.Results.Skip(1).ShouldAllBe(r => r.Status == IngestStatus.Added);
        var stored = Agreements(_temp.Store);
        stored.ShouldNotBeEmpty();
        stored.ShouldBe(Agreements(_control.Store));
        stored.ShouldAllBe(a => !a.Contains("Refused release"));
    }

    static List<string> Agreements(TestStores store) => store.Agreements.All()
        .Select(a => $"{a.Kind}|{a.Signed}|{a.Title}|{a.Place}|{string.Join(", ", a.Sources.Select(s => s.Title).Order(StringComparer.Ordinal))}")
        .Order(StringComparer.Ordinal).ToList();

    public void Dispose()
    {
        _folder.Dispose();
        _controlFolder.Dispose();
        _temp.Dispose();
        _control.Dispose();
    }
}
