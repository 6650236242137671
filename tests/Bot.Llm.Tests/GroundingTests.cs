using Bot.Answering.Composing;
using Bot.Answering.Localization;
using Bot.Llm.Tests.Fakes;
using Bot.Llm.Tests.Harness;

namespace Bot.Llm.Tests;

/// <summary>What a user is shown when the model states a figure: the model's answer only if every figure in it is sourced.</summary>
public sealed class GroundingTests
{
    [Fact]
    public async Task An_invented_figure_is_rejected_and_the_offline_answer_is_shown_with_a_note()
    {
        using var seeded = await SeededStore.CopyAsync();
        using var llm = new LlmHarness();
        var y2024 = StoreFacts.Figure(seeded.Store, "turnover", 2024, 375.2);
        llm.Model.Then(ChatStep.Answer($"Trade turnover reached $512 million in 2024 [{StoreFacts.Id(y2024)}]."));
        const string question = "What was the trade turnover in 2024?";

        var answer = await llm.AnswererFor(seeded.Store).AnswerAsync(question, "en", null, CancellationToken.None);

        answer.Mode.ShouldBe(Answer.Offline);
        answer.Text.ShouldNotContain("512");
        answer.Text.ShouldBe(LlmHarness.Offline(seeded.Store, question).Text + "\n\n" + Texts.Get("en", "llm_fallback"));
        answer.Citations.ShouldBe(LlmHarness.Offline(seeded.Store, question).Citations);
        seeded.Store.Counters.Get("llm_fallback:ungrounded").ShouldBe(1);
        llm.Logs.All.ShouldContain("number not in the facts: 512 million");
    }

    [Fact]
    public async Task A_correct_answer_in_russian_number_format_is_shown()
    {
        using var seeded = await SeededStore.CopyAsync();
        using var llm = new LlmHarness();
        var y2024 = StoreFacts.Figure(seeded.Store, "turnover", 2024, 375.2);
        llm.Model.Then(ChatStep.Answer($"Товарооборот в 2024 году составил 375,2 млн долларов США [{StoreFacts.Id(y2024)}]."));

        var answer = await llm.AnswererFor(seeded.Store).AnswerAsync("Какой был товарооборот в 2024 году?", "ru", null, CancellationToken.None);

        answer.Mode.ShouldBe(Answer.Llm);
        answer.Lang.ShouldBe("ru");
        answer.Text.ShouldBe("Товарооборот в 2024 году составил 375,2 млн долларов США [1].");
        answer.Citations.ShouldHaveSingleItem().Url.ShouldBe(y2024.Source.Url);
        seeded.Store.Counters.Get("llm_answers").ShouldBe(1);
    }

    [Theory]
    [InlineData("The memorandum was signed on 10 June 2025 [{0}].", "a date no fact gives")]
    [InlineData("Trade was $375.2 million [F999999].", "an id it was not given")]
    [InlineData("Trade was $375.2 million, see https://example.org/trade [{0}].", "a link")]
    [InlineData("Trade was $375.2 million.", "no citation")]
    [InlineData("The boxer Kubrat Pulev said trade was $375.2 million [{0}].", "a name no fact of this turn gives")]
    public async Task An_answer_with_an_unsupported_claim_is_not_shown(string scripted, string because)
    {
        using var seeded = await SeededStore.CopyAsync();
        using var llm = new LlmHarness();
        var id = StoreFacts.Id(StoreFacts.Figure(seeded.Store, "turnover", 2024, 375.2));
        llm.Model.Then(ChatStep.Answer(string.Format(System.Globalization.CultureInfo.InvariantCulture, scripted, id)));

        var answer = await llm.AnswererFor(seeded.Store).AnswerAsync("What was the trade turnover in 2024?", "en", null, CancellationToken.None);

        answer.Mode.ShouldBe(Answer.Offline, because);
    }

    [Fact]
    public async Task The_models_not_found_shows_the_offline_answer_without_a_failure_note()
    {
        using var seeded = await SeededStore.CopyAsync();
        using var llm = new LlmHarness();
        llm.Model.Then(ChatStep.Answer("NOT_FOUND"));
        const string question = "What was the trade turnover in 2024?";

        var answer = await llm.AnswererFor(seeded.Store).AnswerAsync(question, "en", null, CancellationToken.None);

        answer.Mode.ShouldBe(Answer.Offline);
        answer.Text.ShouldBe(LlmHarness.Offline(seeded.Store, question).Text);
        seeded.Store.Counters.Get("llm_not_found").ShouldBe(1);
    }
}
