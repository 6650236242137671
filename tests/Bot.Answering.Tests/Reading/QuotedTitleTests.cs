namespace Bot.Answering.Tests.Reading;

/// <summary>A name the question quotes may be stated a sentence before the one that answers, not in a sentence quoting another name.</summary>
public sealed class QuotedTitleTests(SpeechNewsFixture fixture) : IClassFixture<SpeechNewsFixture>
{
    [Fact]
    public void A_count_stated_the_sentence_after_the_quoted_title_answers_a_question_quoting_it()
    {
        var answer = fixture.Answerer.Answer("How many Kazakh painters took part in the festival \"Colours of the Steppe\"?", "en");

        answer.Text.ShouldMatch(@"^\W*(more than )?(30|thirty)\b");
    }

    [Fact]
    public void A_sentence_quoting_another_title_does_not_answer_for_the_quoted_one()
    {
        var answer = fixture.Answerer.Answer("How many bands played at the festival \"Colours of the Steppe\"?", "en");

        answer.Text.ShouldNotContain("12");
    }
}
