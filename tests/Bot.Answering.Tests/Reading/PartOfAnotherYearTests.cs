using Bot.Answering.Composing;
using Bot.TestKit;

namespace Bot.Answering.Tests.Reading;

/// <summary>
/// A year's figure is asked and the sources hold only part-year figures ("over the first eight months of this year",
/// "през първото полугодие на тази година"), worded from the partner's side and in another language than the question:
/// no part-year value answers for the year — nor one of another year — whichever path reads it (stored figure or sentence);
/// the refusal names the periods held. Asked for those very months, the figure answers.
/// </summary>
public sealed class PartOfAnotherYearTests(PartOfAnotherYearTests.News fixture) : IClassFixture<PartOfAnotherYearTests.News>
{
    public sealed class News : NewsFixture
    {
        protected override void WriteNews(TempFolder files)
        {
            files.Write("kazinform-ru.md", Doc("Казахстан и Болгария наращивают торговлю", "2019-10-15", "ru",
                "Посол Казахстана в Болгарии провёл встречу с деловыми кругами Софии. По словам дипломата, за первые восемь месяцев этого года импорт Болгарии из Казахстана составил 45,3 млн долларов США. Основу поставок составляет нефть."));
            files.Write("mi-bg.md", Doc("Търговията с Казахстан расте", "2021-07-20", "bg",
                "През първото полугодие на тази година българският износ за Казахстан е възлязъл на 28,4 млн. долара, съобщи министърът на икономиката."));
        }
    }

    [Theory]
    [InlineData("How much did Kazakhstan export to Bulgaria in 2019?", "en")]
    [InlineData("How much did Kazakhstan export to Bulgaria in 2018?", "en")]
    [InlineData("Қазақстан 2019 жылы Болгарияға қанша экспорттады?", "kk")]
    [InlineData("Колко е изнесъл Казахстан за България през 2020 г.?", "bg")]
    public void A_year_is_not_answered_by_eight_months_of_it_or_of_another_year(string question, string lang)
    {
        var answer = fixture.Answerer.Answer(question, lang);
        answer.Kind.ShouldBe(AnswerKind.NotFound, answer.Text);
        answer.Text.ShouldNotContain("45");
        answer.Text.ShouldContain("2019");
    }

    [Theory]
    [InlineData("Сколько Болгария экспортировала в Казахстан в 2021 году?", "ru")]
    [InlineData("What were Kazakhstan's imports from Bulgaria in 2021?", "en")]
    public void A_year_is_not_answered_by_its_first_half(string question, string lang)
    {
        var answer = fixture.Answerer.Answer(question, lang);
        answer.Kind.ShouldBe(AnswerKind.NotFound, answer.Text);
        answer.Text.ShouldNotContain("28");
    }

    [Theory]
    [InlineData("How much did Kazakhstan export to Bulgaria in the first eight months of 2019?", "en")]
    [InlineData("Сколько Казахстан экспортировал в Болгарию за январь–август 2019 года?", "ru")]
    public void The_months_asked_are_answered_by_their_figure(string question, string lang)
    {
        var answer = fixture.Answerer.Answer(question, lang);
        answer.Kind.ShouldBe(AnswerKind.Figure, answer.Text);
        answer.Text.ShouldContain("45");
    }
}
