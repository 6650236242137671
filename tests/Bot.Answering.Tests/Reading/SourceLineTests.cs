using Bot.Answering.Composing;

namespace Bot.Answering.Tests.Reading;

/// <summary>A source's address and a dateline are no evidence: the words of a link and a bare date state nothing asked.</summary>
public sealed class SourceLineTests(ClauseNewsFixture fixture) : IClassFixture<ClauseNewsFixture>
{
    [Fact]
    public void A_question_only_a_link_and_a_dateline_seem_to_answer_is_refused()
    {
        var answer = fixture.Answerer.Answer("Каким тиражом выпущены совместные почтовые марки 2014 года?", "ru");

        answer.Kind.ShouldBe(AnswerKind.NotFound);
        answer.Text.ShouldNotContain("example.kz");
    }
}
