using Bot.Answering.Composing;
using Bot.Llm.Tests.Fakes;
using Bot.Llm.Tests.Harness;

namespace Bot.Llm.Tests;

/// <summary>The whole path against the scripted model: a tool call runs our plugin on a real store, and cited ids become real sources.</summary>
public sealed class ToolCallingTests
{
    const string Question = "What was the trade turnover in 2024?";

    [Fact]
    public async Task A_tool_call_runs_against_the_store_and_the_cited_ids_become_the_real_sources()
    {
        using var seeded = await SeededStore.CopyAsync();
        using var llm = new LlmHarness();
        // Two figures from two different articles, so the answer cites two sources.
        var y2024 = StoreFacts.Figure(seeded.Store, "turnover", 2024, 375);
        var y2023 = StoreFacts.Figure(seeded.Store, "turnover", 2023, 95.2);
        y2024.Source.DocumentId.ShouldNotBe(y2023.Source.DocumentId);
        llm.Model.Then(
            ChatStep.ToolCall("get_figures", new { metric = "turnover", period = "2023" }),
            ChatStep.Answer($"Trade turnover was $375 million in 2024 [{StoreFacts.Id(y2024)}], up from $95.2 million in 2023 [{StoreFacts.Id(y2023)}]."));

        var answer = await llm.AnswererFor(seeded.Store).AnswerAsync(Question, "en", null, CancellationToken.None);

        answer.Mode.ShouldBe(Answer.Llm);
        answer.Text.ShouldBe("Trade turnover was $375 million in 2024 [1], up from $95.2 million in 2023 [2].");
        answer.Citations.Select(c => c.Url).ShouldBe([y2024.Source.Url, y2023.Source.Url]);
        answer.Citations[0].Title.ShouldBe(y2024.Source.Title);
        answer.Citations[0].Url.ShouldStartWith("http");
    }

    [Fact]
    public async Task The_model_sees_fact_ids_and_tools_but_never_a_link()
    {
        using var seeded = await SeededStore.CopyAsync();
        using var llm = new LlmHarness();
        var y2023 = StoreFacts.Figure(seeded.Store, "turnover", 2023, 95.2);
        llm.Model.Then(
            ChatStep.ToolCall("get_figures", new { metric = "turnover", period = "2023" }),
            ChatStep.Answer($"In 2023 it was $95.2 million [{StoreFacts.Id(y2023)}]."));

        await llm.AnswererFor(seeded.Store).AnswerAsync(Question, "en", null, CancellationToken.None);

        var (first, second) = (llm.Model.Requests[0], llm.Model.Requests[1]);
        first.Path.ShouldBe("/v1/chat/completions");
        first.ToolNames.ShouldBe(["Knowledge-search_passages", "Knowledge-find_agreements", "Knowledge-get_figures", "Knowledge-resolve_entity"], ignoreOrder: true);
        first.Temperature.ShouldBe(0);
        first.UserMessage.ShouldContain(StoreFacts.Id(StoreFacts.Figure(seeded.Store, "turnover", 2024, 375.2)));
        second.ToolMessages.ShouldHaveSingleItem().ShouldContain(StoreFacts.Id(y2023));
        foreach (var request in llm.Model.Requests)
            request.Body.ShouldNotContain("http", Case.Insensitive);
    }

    [Fact]
    public async Task A_figure_the_tools_did_not_return_is_not_accepted_even_if_it_is_in_the_store()
    {
        using var seeded = await SeededStore.CopyAsync();
        using var llm = new LlmHarness();
        var y2023 = StoreFacts.Figure(seeded.Store, "turnover", 2023, 95.2);
        // No tool call this time: the 2023 figure was never given to the model in this turn.
        llm.Model.Then(ChatStep.Answer($"In 2023 it was $95.2 million [{StoreFacts.Id(y2023)}]."));

        var answer = await llm.AnswererFor(seeded.Store).AnswerAsync(Question, "en", null, CancellationToken.None);

        answer.Mode.ShouldBe(Answer.Offline);
    }

    [Fact]
    public async Task More_tool_calls_than_allowed_end_in_the_offline_answer()
    {
        using var seeded = await SeededStore.CopyAsync();
        using var llm = new LlmHarness(s => s["Llm:MaxToolCalls"] = "1");
        llm.Model.Then(
            ChatStep.ToolCall("get_figures", new { metric = "turnover", period = "2023" }),
            ChatStep.ToolCall("get_figures", new { metric = "turnover", period = "2022" }),
            ChatStep.Answer("never reached"));

        var answer = await llm.AnswererFor(seeded.Store).AnswerAsync(Question, "en", null, CancellationToken.None);

        answer.Mode.ShouldBe(Answer.Offline);
        answer.Text.ShouldContain(Bot.Answering.Localization.Texts.Get("en", "llm_fallback"));
        llm.Model.Requests.Count.ShouldBe(2);
        seeded.Store.Counters.Get("llm_fallback:toollimit").ShouldBe(1);
    }
}
