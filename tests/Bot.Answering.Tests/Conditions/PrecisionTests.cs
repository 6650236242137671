using Bot.Answering.Composing;

namespace Bot.Answering.Tests.Conditions;

/// <summary>
/// An answer proves the question's step, agreement and thing counted, or the question is refused with what differs:
/// the signing or the talks do not date a ratification, another treaty's ratification does not date the asked memorandum's,
/// an FAQ's next question is no evidence, and five cultural centres are no count of students.
/// </summary>
public sealed class PrecisionTests(PrecisionNewsFixture fixture) : IClassFixture<PrecisionNewsFixture>
{
    Answer Ask(string question, string lang) => fixture.Answerer.Answer(question, lang);

    static string Lead(Answer answer) => answer.Text.Split('\n')[0];

    [Fact]
    public void A_memorandum_signed_today_is_not_dated_by_another_treatys_ratification_asked_in_english()
    {
        var answer = Ask("When did Kazakhstan ratify the digitalisation memorandum signed with Bulgaria?", "en");

        answer.Text.ShouldNotContain("14 April 2021");
        Lead(answer).ShouldNotContain("12 March 2024");
        answer.Text.ShouldContain("No source states when it was ratified");
    }

    [Fact]
    public void The_recalled_treatys_own_ratification_is_answered_in_russian()
    {
        var answer = Ask("Когда был ратифицирован договор о правовой помощи между Казахстаном и Болгарией?", "ru");

        Lead(answer).ShouldContain("14 апреля 2021");
    }

    [Fact]
    public void An_faq_whose_answer_says_the_ratification_is_unpublished_is_refused_in_bulgarian()
    {
        var answer = Ask("Кога е ратифицирано споразумението за образование между България и Казахстан?", "bg");

        Lead(answer).ShouldNotContain("2024");
        Lead(answer).ShouldNotContain("2017");
        answer.Kind.ShouldBe(AnswerKind.NotFound);
    }

    [Fact]
    public void An_faq_answer_signing_date_asked_in_kazakh_as_a_ratification_is_no_answer()
    {
        var answer = Ask("Білім беру саласындағы келісімді Болгария қашан ратификациялады?", "kk");

        Lead(answer).ShouldNotContain("2017");
        answer.Text.ShouldContain("ратификация");
    }

    [Fact]
    public void Five_cultural_centres_are_no_count_of_bulgarian_students_asked_in_english()
    {
        var answer = Ask("How many Bulgarian students study in Kazakhstan?", "en");

        Lead(answer).ShouldNotStartWith("5");
        answer.Kind.ShouldBe(AnswerKind.NotFound);
    }

    [Fact]
    public void Five_cultural_centres_in_a_kazakh_chronology_are_no_count_of_students_asked_in_kazakh()
    {
        var answer = Ask("Қазақстанда қанша болгар студенті оқиды?", "kk");

        Lead(answer).ShouldNotStartWith("5");
        answer.Kind.ShouldBe(AnswerKind.NotFound);
    }

    [Fact]
    public void The_cultural_centres_themselves_are_still_counted_in_bulgarian()
    {
        var answer = Ask("Колко български културни центъра има в Казахстан?", "bg");

        Lead(answer).ShouldStartWith("5");
    }
}
