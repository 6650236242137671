using Bot.Knowledge.Alerts;
using Bot.Knowledge.Chats;
using Bot.Knowledge.Conversations;
using Bot.Knowledge.Documents;
using Bot.Knowledge.Ingestion;
using Bot.Knowledge.SourceState;
using Bot.Knowledge.Storage;
using Bot.TestKit;

namespace Bot.Knowledge.Tests.Snapshots;

/// <summary>
/// What the answerer caches of the corpus (entities, agreements, figures, events, search statistics) is rebuilt when the
/// corpus changes, in this process or another, and only then: a chat's own writes between two questions leave it in place.
/// </summary>
public sealed class CorpusVersionTests : IDisposable
{
    const string Signing = "ASTANA. A memorandum of understanding between the cities of Astana and Sofia was signed. In 2024 mutual trade reached $999 million.";
    const string Trade2023 = "SOFIA. In 2023 mutual trade between Kazakhstan and Bulgaria reached $777 million.";

    readonly TempStore _temp = KbEntities.EmptyStoreWithEntities();
    readonly TempFolder _folder = new();

    TestStores Store => _temp.Store;
    StoreVersion Version => Store.Get<StoreVersion>();

    async Task<IngestReport> IngestAsync(string name, string title, string body, TestStores? into = null)
    {
        var path = _folder.Write(name, MarkdownDoc.With(title, "2025-06-09", "en", body));
        return await (into ?? Store).Ingestor.IngestAsync([path], CancellationToken.None);
    }

    /// <summary>Every cached view, as answering reads them.</summary>
    object[] Views() => [Store.Entities.Index(), Store.Agreements.All(), Store.Figures.All(), Store.Events.All()];

    [Fact]
    public async Task A_chats_own_writes_leave_every_cached_view_of_the_corpus_in_place()
    {
        await IngestAsync("signing.md", "Talks in Astana", Signing);
        var views = Views();
        var (version, builds) = (Version.Current, Version.SnapshotBuilds);

        Store.Get<ConversationMemoryStore>().Save("tg:5", "{}");
        Store.Conversations.Append("tg:5", "What was signed?", "A memorandum.", keepTurns: 10);
        Store.Counters.Increment("questions_answered");
        Store.Get<QuestionLog>().Record("en", QuestionLog.Answered, AnswerModes.Extractive, TimeSpan.FromMilliseconds(3), "What was signed?");
        Store.LastAnswers.Save(5, "What was signed?", "[]");
        Store.Chats.Touch(5, "private", null, reactivate: true);
        Store.Chats.SetLanguage(5, "ru");
        Store.Subscriptions.Add(5, SubscriptionBook.All, "", "all");
        Store.Updates.MarkHandled(1001);
        Store.Get<UpdateInbox>().Add(1002, "{}");
        Store.Get<AlertOutbox>().RecoverInFlight();
        Store.SourceStates.Save(new SourceStateRow { SourceKey = "feed", Kind = "feed", Url = "https://example.org/rss" });
        Store.Get<ConversationMemoryStore>().Clear("tg:5");

        Version.Current.ShouldBe(version);
        Views().ShouldBe(views);
        Version.SnapshotBuilds.ShouldBe(builds);
    }

    [Fact]
    public async Task Each_writer_of_the_corpus_moves_its_version_and_a_document_saved_again_unchanged_does_not()
    {
        var versions = new List<long> { Corpus() };
        await IngestAsync("signing.md", "Talks in Astana", Signing);
        versions.Add(Corpus());
        // A feed polled again finds the same article: nothing a reader caches has changed.
        await IngestAsync("signing.md", "Talks in Astana", Signing);
        Corpus().ShouldBe(versions[^1]);
        await IngestAsync("signing.md", "Talks in Astana", Signing + " The mayors met again in Sofia.");
        versions.Add(Corpus());
        Store.Entities.Upsert([new Model.Entity("person:test", "person", "Test Person", "BG", null, ["T. Person"])]);
        versions.Add(Corpus());
        Store.Get<DocumentCatalog>().Remove(Store.Get<DocumentCatalog>().List().First().Id.ToString(System.Globalization.CultureInfo.InvariantCulture)).ShouldNotBeNull();
        versions.Add(Corpus());

        versions.ShouldBeUnique();
        versions.ShouldBeInOrder();
    }

    [Fact]
    public async Task A_document_another_process_ingests_is_seen_by_the_next_read_here()
    {
        await IngestAsync("signing.md", "Talks in Astana", Signing);
        Store.Figures.All().ShouldNotContain(f => f.Value == 777);

        using var other = new TestStores(_temp.Path);
        await IngestAsync("trade.md", "Trade in 2023", Trade2023, other);

        Store.Figures.All().ShouldContain(f => f.Value == 777);
        // And a chat's write in the other process moves nothing here.
        var after = Store.Figures.All();
        other.Get<ConversationMemoryStore>().Save("tg:9", "{}");
        other.Counters.Increment("questions_answered");
        Store.Figures.All().ShouldBeSameAs(after);
    }

    [Fact]
    public async Task A_store_from_before_the_corpus_version_opens_and_sees_the_next_document()
    {
        await IngestAsync("signing.md", "Talks in Astana", Signing);
        // As a store written before the counter existed: no row.
        Store.Db.Connection.Execute("DELETE FROM meta WHERE key = 'corpus_version'");
        _temp.Reopen();
        Store.Figures.All().ShouldNotContain(f => f.Value == 777);
        Version.Current.Corpus.ShouldBe(0);

        using (var other = new TestStores(_temp.Path))
            await IngestAsync("trade.md", "Trade in 2023", Trade2023, other);

        Version.Current.Corpus.ShouldBeGreaterThan(0);
        Store.Figures.All().ShouldContain(f => f.Value == 777);
    }

    long Corpus() => Version.Current.Corpus;

    public void Dispose()
    {
        _temp.Dispose();
        _folder.Dispose();
    }
}
