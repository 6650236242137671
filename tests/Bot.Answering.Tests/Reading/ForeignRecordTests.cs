using Bot.Answering.Composing;

namespace Bot.Answering.Tests.Reading;

/// <summary>
/// What a text says in another language than the question still answers it, and only what it says: a word the lexicon
/// does not know cannot rule out a record in another language, a decree's date is the date of what it created, and a
/// count placed in the other country answers nothing about this one.
/// </summary>
public sealed class ForeignRecordTests(ForeignRecordNewsFixture fixture) : IClassFixture<ForeignRecordNewsFixture>
{
    Answer Ask(string question, string lang) => fixture.Answerer.Answer(question, lang);

    [Fact]
    public void A_protocol_recorded_in_bulgarian_is_found_by_an_english_topic_word_the_lexicon_does_not_know()
    {
        var answer = Ask("When did Burgas sign its protocol of intent?", "en");
        answer.Kind.ShouldBe(AnswerKind.Agreements, answer.Text);
        answer.Text.ShouldContain("2011");
    }

    [Theory]
    [InlineData("Когда была создана Национальная академическая библиотека?", "ru")]
    [InlineData("Академиялық кітапхана қашан құрылған?", "kk")]
    public void The_date_of_the_decree_that_created_something_is_when_it_was_created(string question, string lang)
    {
        var answer = Ask(question, lang);
        var lead = answer.Text.Split('\n')[0];
        lead.ShouldContain("2004");
        lead.ShouldNotContain("2016");
    }

    [Fact]
    public void A_count_of_companies_placed_in_the_other_country_does_not_answer()
    {
        var answer = Ask("Колко компании с казахстански капитал работят в България?", "bg");
        answer.Kind.ShouldBe(AnswerKind.NotFound, answer.Text);
        answer.Text.Split('\n')[0].ShouldNotContain("50");
    }

    [Fact]
    public void A_count_of_companies_placed_in_the_country_asked_answers()
    {
        var answer = Ask("How many companies with Bulgarian capital work in Kazakhstan?", "en");
        answer.Text.Split('\n')[0].ShouldContain("50");
    }

    [Fact]
    public void A_question_naming_two_steps_of_an_agreement_is_not_answered_with_the_earlier_steps_date()
    {
        var answer = Ask("When did the convention signed in Almaty enter into force?", "en");
        answer.Text.Split('\n')[0].ShouldNotContain("1997");
    }
}
