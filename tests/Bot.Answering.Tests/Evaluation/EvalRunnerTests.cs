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
}
