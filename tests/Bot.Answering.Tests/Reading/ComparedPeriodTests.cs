using Bot.Answering.Composing;

namespace Bot.Answering.Tests.Reading;

/// <summary>
/// A figure holds for the period it is stated for, not for the period the same sentence compares it with: "40,1 млн за
/// январь–июнь 2023 года — почти втрое больше, чем за тот же период прошлого года" is no figure for 2022.
/// </summary>
public sealed class ComparedPeriodTests(ClauseNewsFixture fixture) : IClassFixture<ClauseNewsFixture>
{
    Answer Ask(string question, string lang) => fixture.Answerer.Answer(question, lang);

    [Fact]
    public void A_figure_is_not_given_for_the_period_it_is_compared_with()
    {
        var answer = Ask("Каким был экспорт Казахстана в Болгарию за январь–июнь 2022 года?", "ru");

        answer.Kind.ShouldBe(AnswerKind.NotFound);
        answer.Text.Split('\n')[0].ShouldNotContain("40,1");
    }

    [Fact]
    public void A_hedge_after_a_dash_qualifies_the_comparison_not_the_number_before_it()
    {
        var answer = Ask("Какую сумму порт Актау потратил на зерновой терминал?", "ru");

        answer.Text.Split('\n')[0].ShouldStartWith("45 млн");
    }
}
