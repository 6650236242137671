using System.Net;
using Bot.Answering.Composing;
using Bot.Answering.Localization;
using Bot.Llm.Tests.Fakes;
using Bot.Llm.Tests.Harness;

namespace Bot.Llm.Tests;

/// <summary>
/// When the model cannot be used the user still gets the sourced offline answer, with a short note; the reason is
/// logged and counted, and the API key is never logged. A failing model and a slow one are told apart by what the
/// model did, never by how fast a busy machine ran: only the timeout test has a short deadline.
/// </summary>
public sealed class FallbackTests
{
    const string Question = "What was the trade turnover in 2024?";

    /// <summary>Only a guard against a test that would hang for ever; the tests measure nothing against it.</summary>
    static readonly TimeSpan HangGuard = TimeSpan.FromMinutes(2);

    public static TheoryData<string> Failures => ["500", "malformed"];

    static ChatStep StepFor(string failure) => failure switch
    {
        "500" => ChatStep.Status(HttpStatusCode.InternalServerError),
        _ => ChatStep.Malformed(),
    };

    [Theory]
    [MemberData(nameof(Failures))]
    public async Task A_failing_model_gives_the_offline_answer_with_a_note(string failure)
    {
        using var seeded = await SeededStore.CopyAsync();
        // The deadline is generous: however slow the machine, the failure is what ends the attempt.
        using var llm = new LlmHarness();
        // Enough failures for the retry as well: the resilience pipeline retries a 500 once.
        llm.Model.Then(StepFor(failure), StepFor(failure));
        var answerer = llm.AnswererFor(seeded.Store);
        var offline = LlmHarness.Offline(seeded.Store, Question);

        var answer = await answerer.AnswerAsync(Question, "en", null, CancellationToken.None).WaitAsync(HangGuard);

        answer.Mode.ShouldBe(Answer.Offline);
        answer.Text.ShouldBe(offline.Text + "\n\n" + Texts.Get("en", "llm_fallback"));
        answer.Citations.ShouldNotBeEmpty();
        seeded.Store.Counters.Get("llm_fallbacks").ShouldBe(1);
        seeded.Store.Counters.Get("llm_fallback:error").ShouldBe(1);
        seeded.Store.Counters.Get("llm_fallback:timeout").ShouldBe(0);
        answer.FallbackReason.ShouldBe("error");
        llm.Logs.All.ShouldContain("The model's answer was not shown");
    }

    [Fact]
    public async Task A_model_that_never_answers_is_given_up_at_the_deadline_for_the_offline_answer()
    {
        using var seeded = await SeededStore.CopyAsync();
        using var llm = new LlmHarness(LlmHarness.WithShortTimeout);
        // A model that answers only when the request is cancelled: the answer below can come back only through the deadline.
        llm.Model.Then(ChatStep.Hang(), ChatStep.Hang());
        var answerer = llm.AnswererFor(seeded.Store);
        var offline = LlmHarness.Offline(seeded.Store, Question);

        var answer = await answerer.AnswerAsync(Question, "en", null, CancellationToken.None).WaitAsync(HangGuard);

        answer.Mode.ShouldBe(Answer.Offline);
        answer.Text.ShouldBe(offline.Text + "\n\n" + Texts.Get("en", "llm_fallback"));
        seeded.Store.Counters.Get("llm_fallback:timeout").ShouldBe(1);
        seeded.Store.Counters.Get("llm_fallback:error").ShouldBe(0);
        answer.FallbackReason.ShouldBe("timeout");
        llm.Logs.All.ShouldContain("The model's answer was not shown (timeout");
    }

    [Fact]
    public async Task A_server_error_is_retried_once_before_falling_back()
    {
        using var seeded = await SeededStore.CopyAsync();
        using var llm = new LlmHarness();
        var id = StoreFacts.Id(StoreFacts.Figure(seeded.Store, "turnover", 2024, 375.2));
        llm.Model.Then(ChatStep.Status(HttpStatusCode.ServiceUnavailable), ChatStep.Answer($"It was $375.2 million in 2024 [{id}]."));

        var answer = await llm.AnswererFor(seeded.Store).AnswerAsync(Question, "en", null, CancellationToken.None);

        answer.Mode.ShouldBe(Answer.Llm);
        llm.Model.Requests.Count.ShouldBe(2);
    }

    [Fact]
    public async Task The_api_key_is_sent_to_the_model_but_never_written_to_the_log()
    {
        using var seeded = await SeededStore.CopyAsync();
        using var llm = new LlmHarness();
        llm.Model.Then(ChatStep.Status(HttpStatusCode.Unauthorized), ChatStep.Malformed());
        var answerer = llm.AnswererFor(seeded.Store);

        await answerer.AnswerAsync(Question, "en", null, CancellationToken.None);
        await answerer.AnswerAsync(Question, "en", null, CancellationToken.None);

        llm.Model.Requests[0].Authorization.ShouldBe("Bearer " + LlmHarness.ApiKey);
        llm.Logs.All.ShouldNotBeEmpty();
        llm.Logs.All.ShouldNotContain(LlmHarness.ApiKey);
        // The harness logs at Trace: request logging of the model's HTTP client is removed, not just filtered.
        llm.Logs.All.ShouldNotContain("System.Net.Http.HttpClient");
    }

    [Fact]
    public async Task A_spent_daily_budget_stops_calls_and_gives_the_offline_answer()
    {
        using var seeded = await SeededStore.CopyAsync();
        // One request a day: the tool call spends it, so the follow-up request of the same answer is refused.
        using var llm = new LlmHarness(s => s["Llm:DailyCallBudget"] = "1");
        llm.Model.Then(ChatStep.ToolCall("get_figures", new { metric = "turnover", period = "2023" }), ChatStep.Answer("never reached"));
        var answerer = llm.AnswererFor(seeded.Store);
        LlmHarness.Offline(seeded.Store, Question);

        var first = await answerer.AnswerAsync(Question, "en", null, CancellationToken.None);
        var second = await answerer.AnswerAsync(Question, "en", null, CancellationToken.None);

        first.Mode.ShouldBe(Answer.Offline);
        second.Mode.ShouldBe(Answer.Offline);
        second.Text.ShouldEndWith(Texts.Get("en", "llm_fallback"));
        llm.Model.Requests.Count.ShouldBe(1);
        seeded.Store.Counters.Get("llm_fallback:budget").ShouldBe(2);
    }

    [Fact]
    public async Task The_kill_switch_turns_the_model_off_at_once_without_a_restart()
    {
        using var seeded = await SeededStore.CopyAsync();
        using var llm = new LlmHarness();
        var answerer = llm.AnswererFor(seeded.Store);
        var offline = LlmHarness.Offline(seeded.Store, Question);

        llm.Set("Llm:Enabled", "false");
        var answer = await answerer.AnswerAsync(Question, "en", null, CancellationToken.None);

        answer.Mode.ShouldBe(Answer.Offline);
        answer.Text.ShouldBe(offline.Text + "\n\n" + Texts.Get("en", "llm_disabled"));
        llm.Model.Requests.ShouldBeEmpty();
        seeded.Store.Counters.Get("llm_fallback:disabled").ShouldBe(1);
    }

    [Fact]
    public async Task A_question_with_no_facts_is_not_sent_to_the_model()
    {
        using var seeded = await SeededStore.CopyAsync();
        using var llm = new LlmHarness();
        const string question = "What is the population of Mars?";

        var answer = await llm.AnswererFor(seeded.Store).AnswerAsync(question, "en", null, CancellationToken.None);

        llm.Model.Requests.ShouldBeEmpty();
        answer.Mode.ShouldBe(Answer.Offline);
        answer.Kind.ShouldBe(AnswerKind.NotFound);
        answer.Text.ShouldBe(Texts.Get("en", "not_found"));
    }

    [Fact]
    public async Task A_refused_question_is_not_sent_to_the_model()
    {
        using var seeded = await SeededStore.CopyAsync();
        using var llm = new LlmHarness();

        var answer = await llm.AnswererFor(seeded.Store).AnswerAsync("   ", "ru", null, CancellationToken.None);

        llm.Model.Requests.ShouldBeEmpty();
        answer.Kind.ShouldBe(AnswerKind.Refused);
    }
}
