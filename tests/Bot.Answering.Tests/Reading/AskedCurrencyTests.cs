using Bot.Answering.Composing;

namespace Bot.Answering.Tests.Reading;

/// <summary>
/// A question that names a currency is answered by an amount in that currency only: euros never answer a question in
/// dollars, dollars never one in euros, tenge or leva never one in dollars — a user quoting the number would quote the
/// wrong one. Asked in no currency, the amount is given with the currency its source states.
/// </summary>
public sealed class AskedCurrencyTests(CurrencyNewsFixture fixture) : IClassFixture<CurrencyNewsFixture>
{
    Answer Ask(string question, string lang) => fixture.Answerer.Answer(question, lang);

    static string Lead(Answer answer) => answer.Text.Split('\n')[0];

    [Fact]
    public void Euros_do_not_answer_a_question_in_dollars()
    {
        var answer = Ask("How many US dollars did Bulgaria export to Kazakhstan in 2023?", "en");

        Lead(answer).ShouldNotContain("120");
        answer.Kind.ShouldNotBe(AnswerKind.Figure);
    }

    [Fact]
    public void Asked_in_no_currency_the_euro_figure_answers_with_its_currency()
    {
        var lead = Lead(Ask("How much did Bulgaria export to Kazakhstan in 2023?", "en"));

        lead.ShouldContain("120");
        lead.ShouldContain("€");
    }

    [Fact]
    public void Dollars_do_not_answer_a_question_in_euros_asked_in_bulgarian()
    {
        var answer = Ask("Колко евро е бил стокообменът между Казахстан и България през 2019 г.?", "bg");

        Lead(answer).ShouldNotContain("210");
        Lead(answer).ShouldNotContain("долар");
    }

    [Fact]
    public void Dollars_in_full_are_read_as_dollars()
    {
        Lead(Ask("What was the trade turnover between Kazakhstan and Bulgaria in 2019 in dollars?", "en")).ShouldContain("$210 million");
    }

    [Fact]
    public void Tenge_do_not_answer_a_question_in_dollars_asked_in_russian()
    {
        var answer = Ask("Каков был товарооборот Казахстана и Болгарии в 2022 году в долларах?", "ru");

        Lead(answer).ShouldNotContain("45");
        answer.Kind.ShouldNotBe(AnswerKind.Figure);
    }

    [Fact]
    public void Leva_do_not_answer_a_question_in_dollars_asked_in_kazakh()
    {
        var answer = Ask("2021 жылы Болгария Қазақстанға қанша долларға экспорттады?", "kk");

        Lead(answer).ShouldNotContain("230");
    }

    [Fact]
    public void A_price_in_euros_does_not_answer_how_many_dollars_were_invested()
    {
        var answer = Ask("How many dollars did the Bulgarian company invest in the plant in Shymkent?", "en");

        Lead(answer).ShouldNotContain("15");
    }

    [Fact]
    public void A_price_in_euros_answers_the_question_in_euros()
    {
        Lead(Ask("Сколько евро болгарская компания вложила в завод в Шымкенте?", "ru")).ShouldContain("15");
    }
}
