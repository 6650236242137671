using Bot.Answering.Composing;

namespace Bot.Answering.Tests.Conditions;

/// <summary>
/// A number is the share the question asks (each side's, or the total), and a visit is the asked person's: "how many flights
/// a week in total" is not answered by one side's four, "how many may each side" not by the eight of both, and "when will
/// Tokayev visit Bulgaria" not by the dates of Radev's visit at Tokayev's invitation.
/// </summary>
public sealed class ShareAndVisitorTests(ShareAndVisitorNewsFixture fixture) : IClassFixture<ShareAndVisitorNewsFixture>
{
    Answer Ask(string question, string lang) => fixture.Answerer.Answer(question, lang);

    static string Lead(Answer answer) => answer.Text.Split('\n')[0];

    [Theory]
    [InlineData("How many flights a week in total does the memorandum allow?", "en")]
    [InlineData("Колко полета седмично общо позволява меморандумът?", "bg")]
    [InlineData("Сколько рейсов в неделю в общей сложности разрешает меморандум?", "ru")]
    [InlineData("Меморандум бойынша аптасына барлығы қанша рейс орындауға болады?", "kk")]
    public void The_total_is_answered_with_the_sum_not_one_sides_number(string question, string lang)
    {
        var answer = Ask(question, lang);

        Lead(answer).ShouldStartWith("8");
        answer.Text.ShouldNotContain("20 [");
    }

    [Theory]
    [InlineData("How many flights a week may each side's airlines operate under the memorandum?", "en")]
    [InlineData("Сколько рейсов в неделю может выполнять каждая сторона по меморандуму?", "ru")]
    [InlineData("Меморандум бойынша әр тарап аптасына қанша рейс орындай алады?", "kk")]
    public void Each_sides_number_is_answered_without_the_total_as_a_source_that_differs(string question, string lang)
    {
        var answer = Ask(question, lang);

        Lead(answer).ShouldStartWith("4");
        answer.Text.ShouldNotContain("8 [");
    }

    [Theory]
    [InlineData("When will Tokayev visit Bulgaria?", "en")]
    [InlineData("Когда Токаев посетит Болгарию?", "ru")]
    [InlineData("Кога Токаев ще посети България?", "bg")]
    [InlineData("Тоқаев Болгарияға қашан барады?", "kk")]
    public void The_host_who_invited_is_not_the_visitor(string question, string lang)
    {
        var answer = Ask(question, lang);

        answer.Kind.ShouldBe(AnswerKind.NotFound);
        Lead(answer).ShouldNotContain("2026");
    }

    [Theory]
    [InlineData("When will Radev visit Kazakhstan?", "en", "14 May 2026")]
    [InlineData("Кога Радев ще посети Казахстан?", "bg", "14 май 2026")]
    public void The_guests_own_visit_is_still_dated(string question, string lang, string date)
    {
        Lead(Ask(question, lang)).ShouldContain(date);
    }

    [Theory]
    [InlineData("When will Tokayev visit Bulgaria?", "en")]
    [InlineData("Кога Токаев ще посети България?", "bg")]
    public void A_visit_already_made_when_the_text_was_written_is_no_future_date(string question, string lang)
    {
        var answer = Ask(question, lang);

        answer.Kind.ShouldBe(AnswerKind.NotFound);
        Lead(answer).ShouldNotContain("2025");
    }

    [Theory]
    [InlineData("When did Tokayev visit Bulgaria?", "en", "3 October 2025")]
    [InlineData("Когда Токаев посетил Болгарию?", "ru", "3 октября 2025")]
    public void The_visit_already_made_still_answers_a_question_in_the_past(string question, string lang, string date)
    {
        Lead(Ask(question, lang)).ShouldContain(date);
    }
}
