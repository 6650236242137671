using Bot.Answering.Conversation;

namespace Bot.Answering.Tests.Reading;

/// <summary>"…in that period?" asks its own question in the time the previous question asked about.</summary>
public sealed class TimeReferenceTests(ClauseNewsFixture fixture) : IClassFixture<ClauseNewsFixture>
{
    [Fact]
    public void In_that_period_takes_the_previous_questions_period_and_keeps_its_own_subject()
    {
        var chat = new ConversationState();
        fixture.Answerer.Answer("What was the trade turnover in the first nine months of 2024?", "en", chat).Text.ShouldContain("210");

        var answer = fixture.Answerer.Answer("What did Kazakhstan mainly supply in that period?", "en", chat);

        answer.Text.ShouldContain("уран");
        answer.Text.ShouldNotContain("wheat");
        answer.Text.Split('\n')[0].ShouldNotContain("210");
    }
}
