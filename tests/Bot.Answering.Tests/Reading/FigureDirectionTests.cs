using Bot.Answering.Composing;

namespace Bot.Answering.Tests.Reading;

/// <summary>Trade and investment go one way or the other: the other direction is never an answer, only a pointer.</summary>
public sealed class FigureDirectionTests(NewsStoreFixture fixture) : IClassFixture<NewsStoreFixture>
{
    Answer Ask(string question, string lang = "en") => fixture.Answerer.Answer(question, lang);

    [Fact]
    public void Investment_the_asked_way_is_answered_with_the_sentence_that_states_its_growth()
    {
        var answer = Ask("How much did Bulgaria invest in Kazakhstan in 2024?");
        answer.Text.ShouldContain("7.8");
        answer.Text.ShouldContain("86.5 percent");
    }

    [Fact]
    public void Investment_the_other_way_is_refused_naming_the_direction_the_sources_cover_without_its_figure()
    {
        var answer = Ask("Каков объём казахстанских инвестиций в экономику Болгарии в 2024 году?", "ru");
        answer.Kind.ShouldBe(AnswerKind.NotFound);
        answer.Text.ShouldNotContain("7,8");
        answer.Text.ShouldNotContain("7.8");
        answer.Text.ShouldContain("другом направлении");
    }

    [Theory]
    [InlineData("How much did Kazakhstan invest in Bulgaria in 2024?", "en")]
    [InlineData("Сколько Казахстан инвестировал в Болгарию в 2024 году?", "ru")]
    [InlineData("Колко е инвестирал Казахстан в България през 2024 г.?", "bg")]
    [InlineData("2024 жылы Қазақстан Болгарияға қанша инвестиция салды?", "kk")]
    public void Investing_said_with_a_verb_the_other_way_is_refused_without_the_other_ways_figure(string question, string lang)
    {
        var answer = Ask(question, lang);
        answer.Kind.ShouldBe(AnswerKind.NotFound);
        answer.Text.ShouldNotContain("7,8");
        answer.Text.ShouldNotContain("7.8");
    }

    [Theory]
    [InlineData("How much did Bulgaria invest in Kazakhstan in 2024?", "en", "7.8")]
    [InlineData("Сколько Болгария инвестировала в Казахстан в 2024 году?", "ru", "7,8")]
    [InlineData("Колко е инвестирала България в Казахстан през 2024 г.?", "bg", "7,8")]
    public void Investing_said_with_a_verb_the_asked_way_is_answered(string question, string lang, string amount)
    {
        Ask(question, lang).Text.ShouldContain(amount);
    }

    [Fact]
    public void Words_quoted_from_an_article_keep_the_articles_year_not_the_users()
    {
        var answer = Ask("Мақаладағы «биылғы алғашқы төрт айда» тауар айналымы қанша болды?", "kk");
        answer.Text.ShouldContain("83");
        answer.Text.ShouldContain("2025");
    }
}
