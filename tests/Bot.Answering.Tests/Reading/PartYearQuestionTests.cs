using Bot.Answering.Composing;
using Bot.Answering.Understanding;
using Bot.Knowledge.Model;

namespace Bot.Answering.Tests.Reading;

/// <summary>
/// A question about the first eleven months of a year, however the count is written, is answered with the figure for
/// those months only; the whole year's figure is another period's, not a source that disagrees. Asked for the year, the
/// year's figure answers alone.
/// </summary>
public sealed class PartYearQuestionTests(PartYearNewsFixture fixture) : IClassFixture<PartYearNewsFixture>
{
    static readonly PartialDate Today = new(2025, 6, 1);

    [Theory]
    [InlineData("Колко беше стокообменът за единадесетте месеца на 2024 г.?")]
    [InlineData("2024 жылдың он бір айында тауар айналымы қанша болды?")]
    [InlineData("Каков товарооборот за одиннадцать месяцев 2024 года?")]
    public void Eleven_months_asked_are_january_to_november(string question) =>
        QuestionPeriods.Find(question, Today).ShouldBe([Period.Months(2024, 1, 11)]);

    [Theory]
    [InlineData("Колко беше стокообменът между Казахстан и България за единадесетте месеца на 2024 г.?", "bg")]
    [InlineData("2024 жылдың он бір айында Қазақстан мен Болгария арасындағы тауар айналымы қанша болды?", "kk")]
    public void The_eleven_month_figure_answers_without_the_whole_year_s(string question, string lang)
    {
        var answer = fixture.Answerer.Answer(question, lang);
        answer.Kind.ShouldBe(AnswerKind.Figure, answer.Text);
        answer.Text.ShouldContain("349,8");
        answer.Text.ShouldNotContain("375");
    }

    [Fact]
    public void The_whole_year_asked_is_answered_by_the_year_s_figure_alone()
    {
        var answer = fixture.Answerer.Answer("What was the trade turnover between Kazakhstan and Bulgaria in 2024?", "en");
        answer.Text.ShouldContain("375.2");
        answer.Text.ShouldNotContain("349");
    }
}
