using Bot.Answering.Composing;
using Bot.Answering.Language;

namespace Bot.Answering.Tests.Reading;

/// <summary>A Russian question typed in Latin letters is answered as the Russian question it is: in Russian, from the Russian words it means.</summary>
public sealed class TransliteratedQuestionTests(NewsStoreFixture fixture) : IClassFixture<NewsStoreFixture>
{
    Answer Ask(string question) => fixture.Answerer.Answer(question, LanguageChooser.Detect(question));

    [Fact]
    public void A_transliterated_Russian_question_gets_the_ten_month_turnover_in_Russian()
    {
        var answer = Ask("Skolko sostavil tovarooborot za desyat mesyatsev 2018 goda?");
        answer.Text.ShouldStartWith("Товарооборот");
        answer.Text.ShouldContain("165,5");
    }

    /// <summary>Only January–October 2018 is stated: asked for the year, the refusal (in Russian) names the months held, never their value as the year's.</summary>
    [Theory]
    [InlineData("Kakim byl tovarooborot v 2018 godu?")]
    [InlineData("tovarooborot 2018")]
    public void A_transliterated_Russian_question_about_the_year_is_refused_in_Russian_naming_the_months_held(string question)
    {
        var answer = Ask(question);
        answer.Kind.ShouldBe(AnswerKind.NotFound, answer.Text);
        answer.Text.ShouldContain("январь–октябрь 2018");
        answer.Text.ShouldNotContain("165");
    }

    [Fact]
    public void An_English_question_about_the_same_figure_stays_English() =>
        Ask("What was the trade turnover in 2018?").Text.ShouldStartWith("I have no sourced figure for trade turnover");
}
