using Bot.Answering.Conversation;
using Bot.Knowledge.Storage;
using Bot.TestKit;

namespace Bot.Answering.Tests.Conversation;

/// <summary>
/// A chat's questions are answered from what the answerer has cached of the corpus: the memory a chat saves after each
/// answer does not make the next question read the corpus again, a document another process ingests meanwhile does.
/// </summary>
public sealed class ChatTurnSnapshotTests : IAsyncLifetime
{
    TempStore _temp = null!;

    public async Task InitializeAsync() => _temp = await TempStore.SeededAsync();

    public Task DisposeAsync()
    {
        _temp.Dispose();
        return Task.CompletedTask;
    }

    StoreVersion Version => _temp.Store.Get<StoreVersion>();

    // A new state per message with the chat's key, as Telegram's QuestionService passes it: the memory comes from the store.
    string Ask(string question) => _temp.Store.Offline.Answer(question, "en", new ConversationState("tg:42")).Text;

    [Fact]
    public void A_chats_follow_up_is_answered_from_the_views_its_first_question_built()
    {
        Ask("What was the trade turnover in 2024?").ShouldContain("2024");
        var builds = Version.SnapshotBuilds;

        var exports = Ask("And exports?");

        exports.ShouldContain("2024");
        Version.SnapshotBuilds.ShouldBe(builds);
    }

    [Fact]
    public async Task A_document_another_process_ingests_between_two_questions_is_in_the_next_answer()
    {
        Ask("What was the trade turnover in 2024?").ShouldContain("2024");
        Ask("What was the trade turnover in 1999?").ShouldNotContain("12.3");

        using var files = new TempFolder();
        var file = files.Write("trade-1999.md",
            "---\ntitle: Trade in 1999\ndate: 2000-02-10\nlang: en\n---\n\nSOFIA. In 1999 trade turnover between Kazakhstan and Bulgaria reached $12.3 million.\n");
        using (var other = new TestStores(_temp.Path))
            await other.Ingestor.IngestAsync([file], CancellationToken.None);

        Ask("What was the trade turnover in 1999?").ShouldContain("12.3");
    }
}
