using Bot.Answering.Composing;
using Bot.Answering.Tests.Reading;
using Bot.TestKit;

namespace Bot.Answering.Tests.Conditions;

/// <summary>
/// A figure its source states for no period ("just over USD 100 million a year", in an undated interview) answers a
/// question that asks no period either, shown as of no stated period — never given a year, never refused for lack of one.
/// </summary>
public sealed class UndatedFigureAnswerTests(UndatedFigureAnswerTests.Fixture fixture) : IClassFixture<UndatedFigureAnswerTests.Fixture>
{
    public sealed class Fixture : NewsFixture
    {
        protected override void WriteNews(TempFolder files) =>
            files.Write("interview.md", "---\ntitle: Interview with the minister\nlang: en\n---\n\n"
                + "Trade between Kazakhstan and Bulgaria is just over USD 100 million a year, the minister said.\n");
    }

    [Theory]
    [InlineData("How much is the trade turnover between Kazakhstan and Bulgaria?", "en", "period not stated")]
    [InlineData("Каков товарооборот между Казахстаном и Болгарией?", "ru", "период в источнике не указан")]
    [InlineData("Какъв е стокообменът между Казахстан и България?", "bg", "периодът не е посочен")]
    [InlineData("Қазақстан мен Болгария арасындағы тауар айналымы қанша?", "kk", "кезеңі дереккөзде көрсетілмеген")]
    public void A_figure_of_no_stated_period_answers_a_question_asking_none(string question, string lang, string noPeriod)
    {
        var answer = fixture.Answerer.Answer(question, lang);

        answer.Kind.ShouldBe(AnswerKind.Figure);
        answer.Text.ShouldContain("100");
        answer.Text.ShouldContain(noPeriod);
    }

    [Fact]
    public void A_question_asking_a_year_is_not_answered_by_it() =>
        fixture.Answerer.Answer("What was the trade turnover between Kazakhstan and Bulgaria in 2023?", "en").Text.ShouldNotContain("100");
}
