using Bot.Telegram.Conversation;
using Bot.Telegram.Localization;
using Bot.Telegram.Tests.Harness;

namespace Bot.Telegram.Tests;

/// <summary>/new starts a chat's conversation over: its stored history is forgotten, other chats' is not.</summary>
public sealed class NewCommandTests
{
    [Theory]
    [InlineData("en")]
    [InlineData("kk")]
    public async Task New_forgets_this_chats_stored_history_and_says_so(string lang)
    {
        await using var bot = await BotHarness.StartAsync();
        using (var store = bot.OpenStore())
        {
            store.Conversations.Append(ConversationStates.KeyFor(301), "What was the trade turnover in 2024?", "$375.2 million [1]", keepTurns: 6);
            store.Conversations.Append(ConversationStates.KeyFor(302), "Who is Radev?", "President of Bulgaria [1]", keepTurns: 6);
        }

        var reply = await bot.SendAsync(301, "/new", lang);

        reply.PlainText.ShouldBe(BotTexts.Get(lang, "new_conversation"));
        using var after = bot.OpenStore();
        after.Conversations.Recent(ConversationStates.KeyFor(301), 6).ShouldBeEmpty();
        after.Conversations.Recent(ConversationStates.KeyFor(302), 6).Count.ShouldBe(2);
    }

    [Fact]
    public async Task New_is_in_the_private_chat_menu_in_every_language()
    {
        await using var bot = await BotHarness.StartAsync();

        foreach (var lang in new[] { "en", "ru", "bg", "kk" })
            bot.Simulator.CommandsFor(lang, "all_private_chats").Select(c => c.Description).ShouldContain(BotTexts.Get(lang, "cmd.new"));
    }
}
