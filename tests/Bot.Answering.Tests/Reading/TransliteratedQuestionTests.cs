using Bot.Answering.Composing;
using Bot.Answering.Language;

namespace Bot.Answering.Tests.Reading;

/// <summary>A Russian question typed in Latin letters is answered as the Russian question it is: in Russian, from the Russian words it means.</summary>
public sealed class TransliteratedQuestionTests(NewsStoreFixture fixture) : IClassFixture<NewsStoreFixture>
{
    Answer Ask(string question) => fixture.Answerer.Answer(question, LanguageChooser.Detect(question));

    [Theory]
    [InlineData("Skolko sostavil tovarooborot za desyat mesyatsev 2018 goda?")]
    [InlineData("Kakim byl tovarooborot v 2018 godu?")]
    [InlineData("tovarooborot 2018")]
    public void A_transliterated_Russian_question_gets_the_turnover_in_Russian(string question)
    {
        var answer = Ask(question);
        answer.Text.ShouldStartWith("Товарооборот");
        answer.Text.ShouldContain("165,5");
    }

    [Fact]
    public void An_English_question_about_the_same_figure_stays_English() =>
        Ask("What was the trade turnover in 2018?").Text.ShouldStartWith("Trade turnover");
}
