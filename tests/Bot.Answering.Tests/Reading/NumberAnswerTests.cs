using Bot.Answering.Composing;

namespace Bot.Answering.Tests.Reading;

/// <summary>Questions about numbers get the number the source states for the very thing asked, first; otherwise a refusal.</summary>
public sealed class NumberAnswerTests(NewsStoreFixture fixture) : IClassFixture<NewsStoreFixture>
{
    Answer Ask(string question, string lang = "en") => fixture.Answerer.Answer(question, lang);

    [Fact]
    public void A_count_is_answered_first_with_its_hedge_then_the_sentence_that_states_it()
    {
        var answer = Ask("How many shipping companies call at the port of Varna?");
        answer.Text.Split('\n')[0].ShouldStartWith("nearly 40");
        answer.Text.ShouldContain("«Nearly 40 shipping companies now call at the port.»");
        answer.Citations.Single().Title.ShouldBe("Varna port reports a busy winter");
    }

    [Fact]
    public void A_number_that_counts_something_else_is_no_answer()
    {
        var answer = Ask("How many engineering students are there at the Varna port?");
        answer.Kind.ShouldBe(AnswerKind.NotFound);
        answer.Text.ShouldNotContain("70");
    }

    [Fact]
    public void A_figure_stated_for_last_year_answers_for_that_year_and_not_for_the_year_of_the_article()
    {
        Ask("What was the trade turnover in January–October 2018?").Text.ShouldContain("165.5");
        var refused = Ask("What was the trade turnover in 2019?");
        refused.Kind.ShouldBe(AnswerKind.NotFound);
        refused.Text.ShouldNotContain("165");
    }

    [Fact]
    public void A_question_about_exports_is_not_answered_with_a_figure_for_trade()
    {
        var answer = Ask("How much did Bulgaria export in the first four months of 2025?");
        answer.Kind.ShouldBe(AnswerKind.NotFound);
        answer.Text.ShouldNotContain("83");
    }

    [Fact]
    public void A_sentence_is_read_with_its_headline_and_the_sentence_before_it()
    {
        var answer = Ask("What was the value of the contracts signed at the Sofia forum?");
        answer.Text.Split('\n')[0].ShouldStartWith("$20 million");
    }
}
