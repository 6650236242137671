using Bot.Answering.Composing;
using Bot.TestKit;

namespace Bot.Answering.Tests.Reading;

/// <summary>
/// "How many tonnes did the corridor carry in 2023?": a count asked in the unit a series is measured in is that series'
/// value, in any language, with the year "the year before" names; another year is refused with the years held.
/// </summary>
public sealed class TonnesQuestionTests(TonnesQuestionTests.News fixture) : IClassFixture<TonnesQuestionTests.News>
{
    public sealed class News : NewsFixture
    {
        protected override void WriteNews(TempFolder files) =>
            files.Write("oped.md", Doc("The Black Sea door", "2025-06-20", "en",
                "In 2024 the Trans-Caspian route carried 4.5 million tonnes of cargo. The year before, it had carried 2.76 million tonnes."));
    }

    [Theory]
    [InlineData("How many tonnes did the Middle Corridor carry in 2023?", "en", "2.76")]
    [InlineData("Колко тона товари е превозил Средният коридор през 2023 г.?", "bg", "2,76")]
    [InlineData("2024 жылы Орта дәліз арқылы қанша тонна жүк тасымалданды?", "kk", "4,5")]
    public void Tonnes_asked_are_the_route_s_cargo_of_that_year(string question, string lang, string value)
    {
        var answer = fixture.Answerer.Answer(question, lang);
        answer.Kind.ShouldBe(AnswerKind.Figure, answer.Text);
        answer.Text.Split('\n')[0].ShouldContain(value);
    }

    [Fact]
    public void Tonnes_of_another_year_are_refused()
    {
        var answer = fixture.Answerer.Answer("How many tonnes did the Middle Corridor carry in 2022?", "en");
        answer.Kind.ShouldBe(AnswerKind.NotFound, answer.Text);
        answer.Text.ShouldNotContain("2.76");
    }
}
