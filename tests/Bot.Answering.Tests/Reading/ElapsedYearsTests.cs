using Bot.Answering.Composing;

namespace Bot.Answering.Tests.Reading;

/// <summary>"Twenty years since … 2003", reported in 2023, answers how many years were marked in 2023.</summary>
public sealed class ElapsedYearsTests(ElapsedYearsNewsFixture fixture) : IClassFixture<ElapsedYearsNewsFixture>
{
    Answer Ask(string question, string lang) => fixture.Answerer.Answer(question, lang);

    [Theory]
    [InlineData("How many years of the Bulgarian Sunday school in Almaty were marked in September 2023?", "en")]
    [InlineData("Сколько лет болгарской воскресной школе в Алматы отметили в сентябре 2023 года?", "ru")]
    public void Years_counted_from_a_stated_date_hold_for_the_year_of_the_report(string question, string lang)
    {
        var answer = Ask(question, lang);
        answer.Kind.ShouldBe(AnswerKind.Passage, answer.Text);
        answer.Text.ShouldStartWith("20");
    }
}
