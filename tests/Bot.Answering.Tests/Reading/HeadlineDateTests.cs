namespace Bot.Answering.Tests.Reading;

/// <summary>
/// "When did X happen?" about a headline: the day is the one its lead states ("this week's Tuesday", "Monday last
/// week"), worked out from the item's date, never the publication date of the dateline under the headline.
/// </summary>
public sealed class HeadlineDateTests(HeadlineNewsFixture fixture) : IClassFixture<HeadlineNewsFixture>
{
    [Fact]
    public void A_headline_event_is_dated_by_its_lead_not_by_the_dateline()
    {
        var answer = fixture.Answerer.Answer("Шымкентте болгар кітапханасы қашан ашылды?", "kk");

        answer.Text.ShouldStartWith("2023 жылғы 14 ақпан");
    }

    [Fact]
    public void A_weekday_of_last_week_is_that_day_of_the_week_before_the_item()
    {
        var answer = fixture.Answerer.Answer("When did the Bulgarian folk choir give its first concert in Almaty?", "en");

        answer.Text.ShouldStartWith("14 November 2022");
    }
}
