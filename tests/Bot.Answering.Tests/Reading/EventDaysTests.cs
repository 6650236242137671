namespace Bot.Answering.Tests.Reading;

/// <summary>
/// "Which days" of a multi-day event is its range, not the day one source says it began or another that it ended; "for how
/// long will it remain in force" is the agreement's term, not the day it entered into force.
/// </summary>
public sealed class EventDaysTests(EventDaysNewsFixture fixture) : IClassFixture<EventDaysNewsFixture>
{
    [Theory]
    [InlineData("В какие дни проходил государственный визит Токаева в Болгарию?", "ru")]
    [InlineData("On which days did Tokayev's state visit to Bulgaria take place?", "en")]
    public void The_days_of_a_visit_are_its_range(string question, string lang)
    {
        var lead = fixture.Answerer.Answer(question, lang).Text.Split('\n')[0];

        lead.ShouldContain("26");
        lead.ShouldContain("27");
    }

    [Fact]
    public void How_long_an_agreement_remains_in_force_is_its_term_not_the_day_it_began()
    {
        var answer = fixture.Answerer.Answer("For how long will the combined transport agreement remain in force?", "en").Text;

        answer.Split('\n')[0].ShouldNotContain("March");
        answer.ShouldContain("пять лет");
    }
}
