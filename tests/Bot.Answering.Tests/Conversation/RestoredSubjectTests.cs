using Bot.Answering.Conversation;
using Bot.TestKit;

namespace Bot.Answering.Tests.Conversation;

/// <summary>
/// A chat's follow-up reads its subject back from what the chat remembers, each message with a new state (as Telegram
/// passes it). The answerer keeps the subject it has just read, so the next turn need not read it again: the follow-up's
/// answer must be the one a restarted bot, which has read nothing yet, gives to the same chat.
/// </summary>
public sealed class RestoredSubjectTests : IAsyncLifetime
{
    TempStore _temp = null!;

    public async Task InitializeAsync() => _temp = await TempStore.SeededAsync();

    public Task DisposeAsync()
    {
        _temp.Dispose();
        return Task.CompletedTask;
    }

    string Ask(string question, string chat, string lang) => _temp.Store.Offline.Answer(question, lang, new ConversationState(chat)).Text;

    [Theory]
    [InlineData("What was the trade turnover in 2024?", "And exports?", "And in 2023?", "en")]
    [InlineData("Каким был товарооборот в 2024 году?", "А экспорт?", "А в 2023 году?", "ru")]
    [InlineData("Kakim byl tovarooborot v 2024 godu?", "A eksport?", "A v 2023 godu?", "ru")]
    [InlineData("Какъв беше стокообменът през 2024 г.?", "А износът?", "А през 2023 г.?", "bg")]
    [InlineData("2024 жылы тауар айналымы қанша болды?", "Ал экспорт ше?", "Ал 2023 жылы ше?", "kk")]
    [InlineData("What memoranda were signed in Astana on 9 June 2025?", "Who signed them?", "And the second one?", "en")]
    public void A_follow_up_is_answered_as_a_restarted_bot_answers_it(string first, string followUp, string then, string lang)
    {
        Ask(first, "tg:1", lang);
        var followed = Ask(followUp, "tg:1", lang);
        var next = Ask(then, "tg:1", lang);

        Ask(first, "tg:2", lang);
        _temp.Reopen();
        var restarted = Ask(followUp, "tg:2", lang);
        _temp.Reopen();
        var nextRestarted = Ask(then, "tg:2", lang);

        followed.ShouldBe(restarted);
        next.ShouldBe(nextRestarted);
    }
}
