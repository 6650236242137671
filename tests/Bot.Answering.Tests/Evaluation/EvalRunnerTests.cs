using Bot.Answering.Composing;
using Bot.Answering.Conversation;
using Bot.Answering.Evaluation;

namespace Bot.Answering.Tests.Evaluation;

public sealed class EvalRunnerTests
{
    sealed class RecordingAnswerer : IQuestionAnswerer
    {
        public List<(string Question, ConversationState? Conversation)> Asked { get; } = [];

        public Task<Answer> AnswerAsync(string question, string lang, ConversationState? conversation, CancellationToken ct)
        {
            Asked.Add((question, conversation));
            return Task.FromResult(new Answer("answer to " + question, lang, Answer.Offline, [], AnswerKind.Passage));
        }
    }

    static EvalItem Item(string id, string? after = null) => new(id, id + "?", "en", "k", [], [], [], after);

    [Fact]
    public async Task A_follow_up_is_asked_in_the_conversation_of_the_question_it_follows_and_others_start_afresh()
    {
        var answerer = new RecordingAnswerer();
        var report = await new EvalRunner(answerer).RunAsync([Item("a"), Item("b", after: "a"), Item("c"), Item("d", after: "a")], CancellationToken.None);

        report.Total.ShouldBe(4);
        answerer.Asked.Select(a => a.Question).ShouldBe(["a?", "b?", "c?", "a?", "d?"]);
        var conversations = answerer.Asked.Select(a => a.Conversation).ToList();
        conversations[1].ShouldBeSameAs(conversations[0]);
        conversations[2].ShouldNotBeSameAs(conversations[0]);
        // d follows a, but c came between: a is asked again in a fresh conversation, then d in that one.
        conversations[3].ShouldNotBeSameAs(conversations[2]);
        conversations[4].ShouldBeSameAs(conversations[3]);
    }

    sealed class ThrowingOnAnswerer(string poisoned) : IQuestionAnswerer
    {
        public List<string> Asked { get; } = [];

        public Task<Answer> AnswerAsync(string question, string lang, ConversationState? conversation, CancellationToken ct)
        {
            Asked.Add(question);
            if (question == poisoned) throw new InvalidOperationException("Sequence contains no elements");
            return Task.FromResult(new Answer("answer to " + question, lang, Answer.Offline, [], AnswerKind.Passage));
        }
    }

    [Fact]
    public async Task A_question_whose_answering_throws_fails_with_the_exception_named_and_the_run_answers_the_rest()
    {
        var answerer = new ThrowingOnAnswerer("b?");
        var report = await new EvalRunner(answerer).RunAsync([Item("a"), Item("b"), Item("c"), Item("d", after: "b")], CancellationToken.None);

        report.Total.ShouldBe(4);
        report.Passed.ShouldBe(2);
        report.Errors.Select(e => e.Item.Id).ShouldBe(["b", "d"]);
        report.Results[1].Problems.ShouldHaveSingleItem().ShouldContain("InvalidOperationException: Sequence contains no elements");
        // d follows b, which threw: d is not asked in a conversation that never got its first answer.
        report.Results[3].Error!.ShouldContain("(b)");
        answerer.Asked.ShouldBe(["a?", "b?", "c?", "b?"]);
        EvalReportText.ToJson(report)["errors"].ShouldBe(2);
        EvalReportText.Render(report).ShouldContain("answering threw on 2 question(s): b d");
    }

    [Fact]
    public async Task Cancelling_the_run_stops_it_instead_of_scoring_the_cancellation_as_a_failed_question()
    {
        using var cts = new CancellationTokenSource();
        var answerer = new CancellingAnswerer(cts);
        await Should.ThrowAsync<OperationCanceledException>(() => new EvalRunner(answerer).RunAsync([Item("a"), Item("b")], cts.Token));
    }

    sealed class CancellingAnswerer(CancellationTokenSource cts) : IQuestionAnswerer
    {
        public Task<Answer> AnswerAsync(string question, string lang, ConversationState? conversation, CancellationToken ct)
        {
            cts.Cancel();
            ct.ThrowIfCancellationRequested();
            return Task.FromResult(new Answer("never", lang, Answer.Offline, [], AnswerKind.Passage));
        }
    }
}
