using Bot.Knowledge.Alerts;
using Bot.Knowledge.Documents;
using Bot.Knowledge.Ingestion;
using Bot.Knowledge.Text;
using Bot.TestKit;

namespace Bot.Knowledge.Tests;

/// <summary>`documents remove` takes a wrong document out with what it brought, and leaves what others also report.</summary>
public sealed class DocumentRemovalTests : IDisposable
{
    const string Signing = "A memorandum of understanding between the cities of Astana and Sofia was signed.";

    readonly TempStore _temp = KbEntities.EmptyStoreWithEntities();
    readonly TempFolder _folder = new();

    TestStores Store => _temp.Store;
    DocumentCatalog Catalog => Store.Get<DocumentCatalog>();

    async Task<IngestReport> IngestAsync(string name, string title, string body)
    {
        var path = _folder.Write(name, MarkdownDoc.With(title, "2025-06-09", "en", body));
        return await Store.Ingestor.IngestAsync([path], CancellationToken.None);
    }

    int Hits(string word) => Store.Passages.Search(TermAnalyzer.Keys(word), 10).Count;

    [Fact]
    public async Task Removing_a_document_removes_its_passages_figures_and_the_agreement_only_it_reported()
    {
        await IngestAsync("wrong.md", "A wrong report", $"ASTANA. {Signing}\n\nIn 2024 mutual trade reached $999 million, apricots included.");
        var doc = Catalog.List().ShouldHaveSingleItem();

        var removal = Catalog.Remove(doc.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)).ShouldNotBeNull();

        removal.AgreementsRemoved.ShouldBe(1);
        Catalog.List().ShouldBeEmpty();
        Store.Agreements.All().ShouldBeEmpty();
        Store.Figures.All().ShouldBeEmpty();
        Hits("apricots").ShouldBe(0);
    }

    [Fact]
    public async Task An_agreement_another_document_also_reports_stays()
    {
        await IngestAsync("first.md", "Talks in Astana", $"ASTANA. The presidents held talks. {Signing}");
        await IngestAsync("second.md", "Mayors meet", $"SOFIA. The mayors met again. {Signing}");
        var first = Catalog.List().First(d => d.Title == "Talks in Astana");

        var removal = Catalog.Remove(first.Url ?? first.Uri).ShouldNotBeNull();

        removal.AgreementsRemoved.ShouldBe(0);
        Store.Agreements.All().ShouldHaveSingleItem().Sources.ShouldHaveSingleItem().Title.ShouldBe("Mayors meet");
    }

    [Fact]
    public async Task Alerts_still_waiting_for_a_removed_agreement_are_not_sent()
    {
        Store.Chats.Touch(77, "private", null, reactivate: true);
        Store.Subscriptions.Add(77, SubscriptionBook.All, "", "all");
        await IngestAsync("wrong.md", "A wrong report", $"ASTANA. {Signing}");
        Store.Outbox.Backlog().ShouldBe(1);

        Catalog.Remove(Catalog.List().Single().Id.ToString(System.Globalization.CultureInfo.InvariantCulture));

        Store.Outbox.Backlog().ShouldBe(0);
    }

    [Fact]
    public void An_unknown_document_is_reported_as_not_found_and_nothing_changes()
    {
        Catalog.Remove("https://example.org/never-ingested").ShouldBeNull();
        Catalog.Remove("12345").ShouldBeNull();
    }

    public void Dispose()
    {
        _temp.Dispose();
        _folder.Dispose();
    }
}
