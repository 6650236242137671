using Bot.Answering.Composing;

namespace Bot.Answering.Tests.Reading;

/// <summary>
/// "How many kilometres / days / tonnes" is answered with the number the source states in that unit, whatever its
/// language writes the unit as; a sum of money never answers for cargo; a census row answers for its own year.
/// </summary>
public sealed class QuantityAnswerTests(QuantityNewsFixture fixture) : IClassFixture<QuantityNewsFixture>
{
    Answer Ask(string question, string lang) => fixture.Answerer.Answer(question, lang);

    static string Lead(Answer answer) => answer.Text.Split('\n')[0];

    [Fact]
    public void A_length_is_answered_in_kilometres_and_not_with_the_project_s_cost()
    {
        var lead = Lead(Ask("Сколько километров составит железная дорога Достык — Мойынты?", "ru"));

        lead.ShouldStartWith("836 км");
    }

    [Fact]
    public void A_visit_s_length_in_days_is_read_from_a_number_in_words()
    {
        Lead(Ask("How many days did the energy minister's visit to Sofia last?", "en")).ShouldStartWith("3");
    }

    [Fact]
    public void Cargo_asked_in_kazakh_is_answered_in_tonnes_never_with_the_trade_sum()
    {
        var lead = Lead(Ask("2024 жылы Каспий бағыты бойынша қанша жүк тасымалданды?", "kk"));

        lead.ShouldContain("3,8 млн");
        lead.ShouldNotContain("120");
    }

    [Fact]
    public void A_census_list_answers_with_the_row_of_the_year_asked()
    {
        var answer = Ask("Колко българи са живели в Карагандинска област според преброяването през 2011 г.?", "bg");

        answer.Kind.ShouldNotBe(AnswerKind.NotFound);
        Lead(answer).ShouldStartWith("1\u00A0980");
    }
}
