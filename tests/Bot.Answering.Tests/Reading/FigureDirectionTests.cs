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

    [Fact]
    public void Words_quoted_from_an_article_keep_the_articles_year_not_the_users()
    {
        var answer = Ask("Мақаладағы «биылғы алғашқы төрт айда» тауар айналымы қанша болды?", "kk");
        answer.Text.ShouldContain("83");
        answer.Text.ShouldContain("2025");
    }
}
