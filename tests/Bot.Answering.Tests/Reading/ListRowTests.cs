namespace Bot.Answering.Tests.Reading;

/// <summary>A row of a list answers for its year, read as the line above the list says, and is quoted alone under that line.</summary>
public sealed class ListRowTests(CensusNewsFixture fixture) : IClassFixture<CensusNewsFixture>
{
    [Fact]
    public void The_row_of_the_asked_year_answers_and_is_quoted_without_the_other_rows()
    {
        var answer = fixture.Answerer.Answer("Сколько учеников было в болгарских воскресных школах в 2019 году?", "ru");

        answer.Text.ShouldStartWith("287");
        answer.Text.ShouldContain("Число учеников болгарских воскресных школ по годам:");
        answer.Text.ShouldNotContain("214");
        answer.Text.ShouldNotContain("342");
    }

    [Fact]
    public void A_row_asked_in_another_language_answers_too()
    {
        var answer = fixture.Answerer.Answer("How many pupils attended the Bulgarian Sunday schools in 2023?", "en");

        answer.Text.ShouldStartWith("342");
    }
}
