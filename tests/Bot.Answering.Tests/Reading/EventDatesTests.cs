using Bot.Answering.Composing;

namespace Bot.Answering.Tests.Reading;

/// <summary>"When" is answered with the day the event's own clause gives, read against the report's date.</summary>
public sealed class EventDatesTests(EventDatesFixture fixture) : IClassFixture<EventDatesFixture>
{
    Answer Ask(string question, string lang) => fixture.Answerer.Answer(question, lang);

    [Fact]
    public void A_wire_filed_on_Thursday_dates_a_forum_held_on_Tuesday_by_the_Tuesday()
    {
        var answer = Ask("When did the second tourism forum open in Plovdiv?", "en");
        answer.Kind.ShouldBe(AnswerKind.Passage);
        answer.Text.ShouldStartWith("12 March 2024");
    }

    [Fact]
    public void A_Russian_wire_dates_the_meeting_by_its_weekday_not_by_its_dateline()
    {
        var answer = Ask("Когда прошло заседание рабочей группы по транспорту?", "ru");
        answer.Text.ShouldStartWith("3 октября 2023");
    }

    [Fact]
    public void Yesterday_opening_a_Bulgarian_sentence_dates_the_unveiling_past_the_holiday_between_them()
    {
        var answer = Ask("When was the monument to Abai unveiled in Plovdiv?", "en");
        answer.Text.ShouldStartWith("1 November 2022");
    }

    [Fact]
    public void A_meeting_of_the_group_is_no_answer_to_when_the_group_was_founded()
    {
        var answer = Ask("Когда была создана группа дружбы «Казахстан – Болгария» в Мажилисе?", "ru");
        answer.Kind.ShouldNotBe(AnswerKind.Passage);
        answer.Text.ShouldNotContain("2024");
    }

    [Fact]
    public void Last_year_before_a_month_in_Kazakh_is_that_month_of_the_year_before()
    {
        var answer = Ask("Бургастағы құрметті консулдық қашан ашылды?", "kk");
        answer.Text.ShouldStartWith("2024");
    }

    [Fact]
    public void A_session_only_prepared_for_is_not_dated_by_the_reception_beside_it()
    {
        var answer = Ask("When did the fourth session of the joint transport commission take place?", "en");
        answer.Text.ShouldNotContain("3 April 2023");
    }
}
