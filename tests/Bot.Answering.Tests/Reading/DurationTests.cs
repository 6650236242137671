using Bot.Answering.Composing;

namespace Bot.Answering.Tests.Reading;

/// <summary>"How long did the visit last" asks for a number of days; a Cyrillic name is found under its usual English spellings.</summary>
public sealed class DurationTests(DurationNewsFixture fixture) : IClassFixture<DurationNewsFixture>
{
    Answer Ask(string question, string lang) => fixture.Answerer.Answer(question, lang);

    [Theory]
    [InlineData("How long did Iordanova's visit last?")]
    [InlineData("How long did Yordanova's visit last?")]
    public void How_long_a_visit_lasted_is_answered_with_its_days_whichever_way_English_spells_the_name(string question)
    {
        var answer = Ask(question, "en");
        answer.Kind.ShouldBe(AnswerKind.Passage, answer.Text);
        answer.Text.ShouldStartWith("3");
    }

    [Theory]
    [InlineData("Сколько дней длился визит Богданова в Астану?", "ru", "2")]
    [InlineData("Колко дни продължи посещението на Стоянов в Алмати?", "bg", "4")]
    public void A_visit_told_with_an_adjective_of_its_days_is_answered_with_that_number(string question, string lang, string days)
    {
        var answer = Ask(question, lang);
        answer.Kind.ShouldBe(AnswerKind.Passage, answer.Text);
        answer.Text.ShouldStartWith(days);
    }

    [Theory]
    [InlineData("How long did the festival of Kazakh culture in Varna last?", "en")]
    [InlineData("Сколько времени длился фестиваль казахской культуры в Варне?", "ru")]
    [InlineData("Колко време продължи фестивалът на казахската култура във Варна?", "bg")]
    public void How_long_is_answered_with_the_days_a_text_states(string question, string lang)
    {
        var answer = Ask(question, lang);
        answer.Kind.ShouldBe(AnswerKind.Passage, answer.Text);
        answer.Text.ShouldStartWith("5");
    }

    [Theory]
    [InlineData("How long did the trade forum in Burgas with the Mangystau delegations last?", "en")]
    [InlineData("Как долго длился торговый форум в Бургасе с делегациями из Мангистау?", "ru")]
    public void How_long_is_not_answered_by_a_count_of_something_else(string question, string lang)
    {
        var answer = Ask(question, lang);
        answer.Kind.ShouldBe(AnswerKind.NotFound, answer.Text);
        answer.Text.ShouldNotStartWith("2");
    }
}
