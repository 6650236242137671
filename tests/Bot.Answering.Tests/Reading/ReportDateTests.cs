using Bot.Answering.Composing;

namespace Bot.Answering.Tests.Reading;

/// <summary>
/// A news item's lead tells what happened without a date: "when" is answered with the day the item is dated, saying it is
/// only the report's date; never for a plan, never over a date a text states, never from a sentence past the lead.
/// </summary>
public sealed class ReportDateTests(ReportDateNewsFixture fixture) : IClassFixture<ReportDateNewsFixture>
{
    Answer Ask(string question, string lang) => fixture.Answerer.Answer(question, lang);

    [Fact]
    public void An_undated_lead_asked_in_Bulgarian_is_answered_with_the_items_day_in_Bulgarian()
    {
        var answer = Ask("Кога се състоя срещата на българската общност с акима в Караганда?", "bg");
        answer.Kind.ShouldBe(AnswerKind.Passage);
        answer.Text.ShouldStartWith("15 ноември 2022 г. — датата на съобщението");
    }

    [Fact]
    public void A_lead_under_a_dateline_takes_the_items_day()
    {
        var answer = Ask("When did the Bulgarian trade mission tour the Astana Hub technology park?", "en");
        answer.Kind.ShouldBe(AnswerKind.Passage);
        answer.Text.ShouldStartWith("4 April 2024");
    }

    [Fact]
    public void A_lead_stating_a_plan_is_not_dated_by_its_report()
    {
        var answer = Ask("Когда болгарский фольклорный ансамбль выступит в Павлодаре?", "ru");
        answer.Text.ShouldNotContain("10 января 2023");
    }

    [Fact]
    public void A_date_another_text_states_wins_over_the_day_of_an_undated_report()
    {
        var answer = Ask("When did the Kazakh-Bulgarian film week open in Plovdiv?", "en");
        answer.Kind.ShouldBe(AnswerKind.Passage);
        answer.Text.ShouldStartWith("3 October 2024");
        answer.Text.ShouldNotContain("5 October");
    }

    [Fact]
    public void A_sentence_past_the_lead_is_not_dated_by_its_report()
    {
        var answer = Ask("Когда в Таразе начала работу болгарская воскресная школа?", "ru");
        answer.Text.ShouldNotContain("1 марта 2021");
    }
}
