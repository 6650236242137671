using System.Text.RegularExpressions;
using Bot.Answering.Composing;

namespace Bot.Answering.Tests;

public sealed class RefusalAndHostileInputTests(SeededStoreFixture fixture) : IClassFixture<SeededStoreFixture>
{
    [Theory]
    [InlineData("What is the population of Mars?", "en")]
    [InlineData("Who won the football world cup in 2018?", "en")]
    [InlineData("Кто выиграл чемпионат мира по футболу?", "ru")]
    public void Question_outside_the_knowledge_base_gets_not_found_in_its_language(string question, string lang)
    {
        var answer = fixture.Answerer.Answer(question, lang);
        answer.Kind.ShouldBe(AnswerKind.NotFound);
        answer.Citations.ShouldBeEmpty();
        answer.Text.ShouldNotContain("$");
    }

    [Theory]
    [InlineData("'; DROP TABLE documents; --")]
    [InlineData("AND OR NOT NEAR(a b) \"unbalanced")]
    [InlineData("trade* a:b ^c {col}: -x +y")]
    [InlineData("SELECT * FROM passages WHERE 1=1 UNION SELECT sqlite_version()")]
    [InlineData("\"\"\"\"\"")]
    [InlineData("C++ search? ((( )))")]
    public void Query_syntax_in_a_question_is_treated_as_text(string question)
    {
        var answer = fixture.Answerer.Answer(question, "en");
        answer.Text.ShouldNotBeNullOrWhiteSpace();
        fixture.Temp.Store.Db.Connection.ExecuteScalar<int>("SELECT count(*) FROM documents").ShouldBeGreaterThan(0);
    }

    [Fact]
    public void A_ten_thousand_character_question_is_refused_politely()
    {
        var answer = fixture.Answerer.Answer(string.Concat(Enumerable.Repeat("trade turnover ", 700)), "ru");
        answer.Kind.ShouldBe(AnswerKind.Refused);
        answer.Text.ShouldContain("10499");
        answer.Text.ShouldStartWith("Вопрос слишком длинный");
    }

    [Fact]
    public void An_empty_question_asks_for_a_question()
    {
        fixture.Answerer.Answer("   ", "bg").Kind.ShouldBe(AnswerKind.Refused);
    }

    [Theory]
    [InlineData("What is the value in euros of the Astana–Sofia memorandum?", "en")]
    [InlineData("Сколько стоит программа побратимства Шымкента и Пловдива?", "ru")]
    public void The_value_of_an_agreement_no_source_states_is_not_invented(string question, string lang)
    {
        var answer = fixture.Answerer.Answer(question, lang);
        answer.Kind.ShouldBe(AnswerKind.NotFound);
        Regex.IsMatch(answer.Text, @"\d[\d\s,.]*\s*(million|млн|euro|евро|€|\$)", RegexOptions.IgnoreCase).ShouldBeFalse(answer.Text);
    }
}
