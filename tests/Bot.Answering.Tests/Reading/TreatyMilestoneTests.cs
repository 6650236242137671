using Bot.Answering.Composing;

namespace Bot.Answering.Tests.Reading;

/// <summary>
/// What became of an agreement after its signing (approval, ratification, entry into force) is read from the sentence
/// that states it, and of a sentence that dates several events the date of the one asked is the answer.
/// </summary>
public sealed class TreatyMilestoneTests(ClauseNewsFixture fixture) : IClassFixture<ClauseNewsFixture>
{
    Answer Ask(string question, string lang) => fixture.Answerer.Answer(question, lang);

    [Fact]
    public void Entry_into_force_is_answered_with_its_date_not_with_the_agreement_list()
    {
        var answer = Ask("When did the culture agreement enter into force?", "en");

        answer.Kind.ShouldBe(AnswerKind.Passage);
        answer.Text.ShouldStartWith("12 April 2016");
    }

    [Fact]
    public void Asked_in_another_language_the_date_of_approval_is_the_one_beside_the_approval()
    {
        var answer = Ask("Когда правительство Болгарии одобрило соглашение о сотрудничестве в области культуры?", "ru");

        answer.Text.ShouldStartWith("3 марта 2016");
    }

    [Fact]
    public void The_ratification_date_is_not_the_signing_date_the_same_sentence_states_first()
    {
        var answer = Ask("Кога е ратифицирана конвенцията за избягване на двойното данъчно облагане?", "bg");

        answer.Text.ShouldStartWith("9 юли 1998");
    }

    [Fact]
    public void The_signing_date_is_still_the_answer_to_when_it_was_signed()
    {
        var answer = Ask("When was the convention on the avoidance of double taxation signed?", "en");

        answer.Text.ShouldContain("13 November 1997");
        answer.Text.ShouldNotStartWith("9 July 1998");
    }

    [Fact]
    public void A_kazakh_number_with_a_case_ending_is_the_count_it_states()
    {
        var answer = Ask("Павлодар облысында қанша ұлт өкілдері тұрады?", "kk");

        answer.Text.ShouldStartWith("100");
    }

    [Fact]
    public void A_kazakh_ordinal_is_no_count()
    {
        var answer = Ask("Комиссияның қанша отырысы өтті?", "kk");

        answer.Text.ShouldNotStartWith("5");
    }

    [Fact]
    public void The_date_of_another_event_in_another_source_is_no_disagreement()
    {
        var answer = Ask("When were diplomatic relations between Kazakhstan and Bulgaria established?", "en");

        answer.Text.ShouldStartWith("5 June 1992");
        answer.Text.ShouldNotContain("1994");
    }

    [Fact]
    public void In_kazakh_the_event_word_after_a_date_is_the_one_it_dates()
    {
        var lead = Ask("Инвестицияларды қорғау туралы келісім қашан күшіне енді?", "kk").Text.Split('\n')[0];

        lead.ShouldContain("2001");
        lead.ShouldNotContain("1999");
    }
}
