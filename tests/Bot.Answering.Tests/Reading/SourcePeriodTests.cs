using Bot.TestKit;

namespace Bot.Answering.Tests.Reading;

/// <summary>An interview of July 2014 that counts firms and gives last year's trade, with no year beside the counts.</summary>
public sealed class InterviewCountsFixture : NewsFixture
{
    protected override void WriteNews(TempFolder files) =>
        files.Write("interview-en.md", Doc("Chargé d'affaires: the Road Map must become a road", "2014-07-22", "en",
            "Last year our bilateral trade reached USD 171.2 million, and we expect more this year.\n\n"
            + "Today 61 companies with Bulgarian capital are registered in Kazakhstan, and there are 42 firms with Kazakh capital in Bulgaria."));
}

/// <summary>
/// "According to the 2014 interview, …", "по данным интервью 2014 года", "2014 жылғы сұхбат бойынша": the year beside the
/// word for the piece dates the piece, not the figure asked, so a count the interview states with no year of its own answers.
/// </summary>
public sealed class SourcePeriodTests(InterviewCountsFixture fixture) : IClassFixture<InterviewCountsFixture>
{
    [Theory]
    [InlineData("According to the 2014 interview, how many firms with Kazakh capital were operating in Bulgaria?", "en")]
    [InlineData("In his July 2014 interview, how many firms with Kazakh capital did he say operate in Bulgaria?", "en")]
    [InlineData("Сколько фирм с казахстанским капиталом работало в Болгарии, по данным интервью 2014 года?", "ru")]
    [InlineData("Според интервюто от юли 2014 г. колко фирми с казахстански капитал работят в България?", "bg")]
    public void A_year_naming_the_interview_does_not_date_the_count(string question, string lang)
    {
        fixture.Answerer.Answer(question, lang).Text.Split('\n')[0].ShouldContain("42");
    }
}
