using Bot.Answering.Composing;

namespace Bot.Answering.Tests.Reading;

/// <summary>
/// A figure dated by years counted from the sentence before ("1989 … ten years later") answers a question about that
/// counted year, in each language; a question about a year neither sentence reaches is refused, not answered with either.
/// </summary>
public sealed class CountedYearsTests(CountedYearsNewsFixture fixture) : IClassFixture<CountedYearsNewsFixture>
{
    Answer Ask(string question, string lang) => fixture.Answerer.Answer(question, lang);

    // Thousands are grouped with a no-break space, as the answer writes them.
    static string FirstLine(Answer a) => a.Text.Split('\n')[0].Replace('\u00A0', ' ').Replace('\u202F', ' ');

    [Fact]
    public void A_Russian_census_ten_years_later_answers_for_1999()
    {
        var answer = Ask("Сколько болгар проживало в Павлодарской области в 1999 году?", "ru");
        FirstLine(answer).ShouldContain("2 140", customMessage: answer.Text);
        FirstLine(answer).ShouldNotContain("3 210");
    }

    [Fact]
    public void The_year_the_count_starts_from_still_answers_with_its_own_figure()
    {
        var answer = Ask("Сколько болгар проживало в Павлодарской области в 1989 году?", "ru");
        FirstLine(answer).ShouldContain("3 210", customMessage: answer.Text);
    }

    [Fact]
    public void A_Bulgarian_figure_three_years_later_answers_for_2019()
    {
        var answer = Ask("Колко студенти от Казахстан учеха в Бургас през 2019 г.?", "bg");
        FirstLine(answer).ShouldContain("310", customMessage: answer.Text);
    }

    [Fact]
    public void An_English_figure_five_years_later_answers_for_2016()
    {
        var answer = Ask("How many visitors did the Kazakh film days in Sofia draw in 2016?", "en");
        FirstLine(answer).ShouldContain("9,500", customMessage: answer.Text);
    }

    [Fact]
    public void A_Kazakh_census_eleven_years_later_answers_for_2016()
    {
        var answer = Ask("Сколько болгар жило в Шымкенте в 2016 году?", "ru");
        FirstLine(answer).ShouldContain("410", customMessage: answer.Text);
    }

    [Fact]
    public void A_year_between_the_two_is_refused()
    {
        var answer = Ask("How many visitors did the Kazakh film days in Sofia draw in 2013?", "en");
        answer.Kind.ShouldBe(AnswerKind.NotFound, answer.Text);
    }
}
