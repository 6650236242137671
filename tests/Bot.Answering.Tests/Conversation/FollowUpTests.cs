using Bot.Answering.Conversation;
using Bot.TestKit;

namespace Bot.Answering.Tests.Conversation;

/// <summary>Follow-ups resolve against what the conversation remembers, and a chat remembers it across a restart.</summary>
public sealed class FollowUpTests : IAsyncLifetime
{
    TempStore _temp = null!;

    public async Task InitializeAsync() => _temp = await TempStore.SeededAsync();

    public Task DisposeAsync()
    {
        _temp.Dispose();
        return Task.CompletedTask;
    }

    string Ask(string question, ConversationState conversation, string lang = "en") =>
        _temp.Store.Offline.Answer(question, lang, conversation).Text;

    [Fact]
    public void A_follow_up_naming_another_metric_keeps_the_year()
    {
        var chat = new ConversationState();
        Ask("How much did Kazakhstan import from Bulgaria in 2024?", chat).ShouldContain("2024");
        var exports = Ask("And exports?", chat);
        exports.ShouldContain("2024");
        exports.ShouldContain("Kazakh", Case.Insensitive);
    }

    [Theory]
    [InlineData("What was the trade turnover in 2024?", "And a year earlier?", "en")]
    [InlineData("Каким был товарооборот в 2024 году?", "А год назад?", "ru")]
    [InlineData("Какъв беше стокообменът през 2024 г.?", "А преди година?", "bg")]
    [InlineData("2024 жылы тауар айналымы қанша болды?", "Ал бір жыл бұрын ше?", "kk")]
    public void A_year_earlier_counts_from_the_year_last_asked_about_not_from_today(string first, string followUp, string lang)
    {
        var chat = new ConversationState();
        Ask(first, chat, lang).ShouldContain("2024");
        var earlier = Ask(followUp, chat, lang);
        earlier.ShouldContain("2023");
        earlier.ShouldNotContain("2025");
    }

    [Fact]
    public void The_second_one_picks_the_second_item_of_the_last_list()
    {
        var chat = new ConversationState();
        var list = Ask("What memoranda were signed in Astana on 9 June 2025?", chat).Split('\n').Where(l => l.StartsWith('•')).ToList();
        list.Count.ShouldBeGreaterThan(1);
        var second = Ask("And the second one?", chat);
        second.ShouldStartWith(list[1][..40]);
        second.Split('\n').Count(l => l.StartsWith('•')).ShouldBe(1);
    }

    [Fact]
    public void A_chat_remembers_its_subject_after_a_restart_and_forgets_it_after_new()
    {
        Ask("What was the trade turnover in 2024?", new ConversationState("tg:7"));
        _temp.Reopen();

        Ask("And in 2023?", new ConversationState("tg:7")).ShouldContain("2023");

        _temp.Store.Offline.Forget("tg:7");
        Ask("And in 2023?", new ConversationState("tg:7")).ShouldNotContain("Trade turnover");
    }
}
