namespace Bot.Answering.Tests.Reading;

/// <summary>A date a source gives for a plan is answered as a plan, never as the day a thing happened.</summary>
public sealed class PlannedDateTests(ClauseNewsFixture fixture) : IClassFixture<ClauseNewsFixture>
{
    [Fact]
    public void A_date_from_a_clause_stating_a_plan_is_said_to_be_planned()
    {
        var lead = fixture.Answerer.Answer("When did the Sunday school open?", "en").Text.Split('\n')[0];

        lead.ShouldStartWith("planned for 2022");
    }

    [Fact]
    public void A_date_of_what_happened_in_the_same_sentence_is_stated_as_it_is()
    {
        var lead = fixture.Answerer.Answer("When did the Bulgarian cultural centre in Shymkent open?", "en").Text.Split('\n')[0];

        lead.ShouldStartWith("March 2021");
    }
}
