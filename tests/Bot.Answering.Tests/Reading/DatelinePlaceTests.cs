using Bot.Answering.Composing;

namespace Bot.Answering.Tests.Reading;

/// <summary>"Where" is answered with the place a report tells of, not the place it was filed from ("VARNA – …").</summary>
public sealed class DatelinePlaceTests(DatelineNewsFixture fixture) : IClassFixture<DatelineNewsFixture>
{
    Answer Ask(string question, string lang) => fixture.Answerer.Answer(question, lang);

    [Fact]
    public void An_English_report_filed_from_Varna_tells_of_a_concert_in_Plovdiv()
    {
        var answer = Ask("Where did the Kazakh folk ensemble Sazgen give its only concert of the year?", "en");
        answer.Kind.ShouldBe(AnswerKind.Passage);
        answer.Text.ShouldStartWith("Plovdiv");
    }

    [Fact]
    public void A_Russian_report_filed_from_Burgas_tells_of_a_performance_in_Shumen()
    {
        var answer = Ask("Где выступил казахстанский танцевальный ансамбль «Шалкыма»?", "ru");
        answer.Kind.ShouldBe(AnswerKind.Passage);
        answer.Text.ShouldStartWith("Шумен");
    }
}
