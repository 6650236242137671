using Bot.Telegram.Tests.Harness;
using Bot.TestKit;

namespace Bot.Telegram.Tests;

/// <summary>The bot with a model configured (on loopback): its answers come from the model, and a chat's history outlives a restart.</summary>
public sealed class LlmChatTests
{
    [Fact]
    public async Task A_follow_up_after_a_restart_is_condensed_from_the_chats_stored_history()
    {
        using var model = new FactEchoModel();
        await using var bot = await BotHarness.StartAsync(s =>
        {
            s["Llm:Provider"] = "openai-compatible";
            s["Llm:Endpoint"] = model.Endpoint;
            s["Llm:Model"] = "echo";
            s["Llm:PromptsPath"] = Path.Combine(Paths.RepoRoot, "prompts");
            // However busy the machine, the model's answer is waited for: these tests are about what it is asked.
            s["Llm:Timeout"] = "00:01:00";
        });

        var first = await bot.SendAsync(401, "What was the trade turnover in 2024?");
        await bot.StopBotAsync();
        await bot.StartBotAsync();
        var followUp = await bot.SendAsync(401, "and in 2023?");

        first.PlainText.ShouldMatch(@"^375(\.2)? million USD \[1\]");
        followUp.PlainText.ShouldContain("million USD");
        model.CondensedConversations.ShouldHaveSingleItem().ShouldContain("user: What was the trade turnover in 2024?");
    }

    [Fact]
    public async Task After_new_a_question_is_not_condensed_with_the_old_history()
    {
        using var model = new FactEchoModel();
        await using var bot = await BotHarness.StartAsync(s =>
        {
            s["Llm:Provider"] = "openai-compatible";
            s["Llm:Endpoint"] = model.Endpoint;
            s["Llm:Model"] = "echo";
            s["Llm:PromptsPath"] = Path.Combine(Paths.RepoRoot, "prompts");
            // However busy the machine, the model's answer is waited for: these tests are about what it is asked.
            s["Llm:Timeout"] = "00:01:00";
        });

        await bot.SendAsync(402, "What was the trade turnover in 2024?");
        await bot.SendAsync(402, "/new");
        await bot.SendAsync(402, "What was the trade turnover in 2023?");

        model.CondensedConversations.ShouldBeEmpty();
        model.Requests.ShouldBe(2);
    }
}
