using Bot.Answering.Composing;
using Bot.Knowledge.Chats;
using Bot.Llm.Tests.Fakes;
using Bot.Llm.Tests.Harness;

namespace Bot.Llm.Tests;

/// <summary>Follow-ups: the stored history is condensed into a standalone question, and it outlives a restart.</summary>
public sealed class ConversationTests
{
    [Fact]
    public async Task A_follow_up_is_condensed_from_the_stored_history_before_retrieval()
    {
        using var seeded = await SeededStore.CopyAsync();
        using var llm = new LlmHarness();
        seeded.Store.Conversations.Append("tg:77", "What was the trade turnover in 2024?", "Trade turnover, 2024: $375.2 million [1]", keepTurns: 6);
        var y2023 = StoreFacts.Figure(seeded.Store, "turnover", 2023, 95.2);
        llm.Model.Then(
            ChatStep.Answer("What was the trade turnover in 2023?"),
            ChatStep.Answer($"In 2023 trade turnover was $95.2 million [{StoreFacts.Id(y2023)}]."));

        var answer = await llm.AnswererFor(seeded.Store).AnswerAsync("and in 2023?", "en", LlmHarness.Conversation("tg:77"), CancellationToken.None);

        var (condense, final) = (llm.Model.Requests[0], llm.Model.Requests[1]);
        condense.ToolNames.ShouldBeEmpty();
        condense.UserMessage.ShouldContain("user: What was the trade turnover in 2024?");
        condense.UserMessage.ShouldContain("assistant: Trade turnover, 2024: $375.2 million [1]");
        condense.UserMessage.ShouldContain("and in 2023?");
        // Retrieval used the condensed question: the 2023 figure was prefetched, no tool call was needed.
        final.UserMessage.ShouldContain("What was the trade turnover in 2023?");
        final.UserMessage.ShouldContain(StoreFacts.Id(y2023));
        answer.Mode.ShouldBe(Answer.Llm);
        answer.Text.ShouldBe("In 2023 trade turnover was $95.2 million [1].");
    }

    [Fact]
    public async Task The_history_survives_a_restart_and_feeds_the_next_follow_up()
    {
        using var seeded = await SeededStore.CopyAsync();
        var y2024 = StoreFacts.Figure(seeded.Store, "turnover", 2024, 375.2);
        using (var before = new LlmHarness())
        {
            before.Model.Then(ChatStep.Answer($"It was $375.2 million in 2024 [{StoreFacts.Id(y2024)}]."));
            await before.AnswererFor(seeded.Store).AnswerAsync("What was the trade turnover in 2024?", "en", LlmHarness.Conversation("tg:5"), CancellationToken.None);
        }

        seeded.Reopen();
        using var after = new LlmHarness();
        after.Model.Then(ChatStep.Answer("What was the trade turnover in 2023?"), ChatStep.Answer("NOT_FOUND"));
        await after.AnswererFor(seeded.Store).AnswerAsync("and in 2023?", "en", LlmHarness.Conversation("tg:5"), CancellationToken.None);

        after.Model.Requests[0].UserMessage.ShouldContain("user: What was the trade turnover in 2024?");
        after.Model.Requests[0].UserMessage.ShouldContain("assistant: It was $375.2 million in 2024 [1].");
        var turns = seeded.Store.Conversations.Recent("tg:5", 10);
        turns.Select(t => t.Role).ShouldBe([ConversationTurn.User, ConversationTurn.Assistant, ConversationTurn.User, ConversationTurn.Assistant]);
        turns[2].Text.ShouldBe("and in 2023?");
    }

    [Fact]
    public async Task A_conversation_without_history_is_not_condensed()
    {
        using var seeded = await SeededStore.CopyAsync();
        using var llm = new LlmHarness();
        llm.Model.Then(ChatStep.Answer("NOT_FOUND"));

        await llm.AnswererFor(seeded.Store).AnswerAsync("What was the trade turnover in 2024?", "en", LlmHarness.Conversation("tg:6"), CancellationToken.None);

        llm.Model.Requests.ShouldHaveSingleItem().ToolNames.ShouldNotBeEmpty();
    }

    [Fact]
    public async Task Only_the_configured_number_of_turns_is_kept()
    {
        using var seeded = await SeededStore.CopyAsync();

        for (var i = 1; i <= 5; i++) seeded.Store.Conversations.Append("tg:9", $"question {i}", $"answer {i}", keepTurns: 2);
        seeded.Reopen();

        seeded.Store.Conversations.Recent("tg:9", 10).Select(t => t.Text).ShouldBe(["question 4", "answer 4", "question 5", "answer 5"]);
        seeded.Store.Conversations.Clear("tg:9");
        seeded.Store.Conversations.Recent("tg:9", 10).ShouldBeEmpty();
    }
}
