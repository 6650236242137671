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

/// <summary>Two interviews, five years apart, each giving "last year's" trade.</summary>
public sealed class InterviewTradeFixture : NewsFixture
{
    protected override void WriteNews(TempFolder files)
    {
        files.Write("interview-en.md", Doc("Chargé d'affaires: the Road Map must become a road", "2014-07-22", "en",
            "Last year our bilateral trade reached USD 171.2 million, and we expect more this year."));
        files.Write("interview-bg.md", Doc("Посланик: интересът расте", "2019-11-05", "bg",
            "През миналата година стокообменът между двете страни е достигнал 92,4 млн. долара, заяви посланикът в интервю за БТА."));
    }
}

/// <summary>
/// "In his July 2014 interview, what figure did he give for last year?": the relative period counts from the date of the
/// piece the question names, not from today — 2013 there, 2018 for an interview of November 2019 — in every language.
/// </summary>
public sealed class InterviewLastYearTests(InterviewTradeFixture fixture) : IClassFixture<InterviewTradeFixture>
{
    [Theory]
    [InlineData("In his July 2014 interview, what trade figure did the chargé d'affaires give for last year?", "en", "171", "2013")]
    [InlineData("Какой товарооборот за прошлый год назвал дипломат в интервью в июле 2014 года?", "ru", "171", "2013")]
    [InlineData("Какъв стокообмен за миналата година посочи дипломатът в интервюто от юли 2014 г.?", "bg", "171", "2013")]
    [InlineData("2014 жылғы шілдедегі сұхбатында дипломат өткен жылғы тауар айналымын қанша деп атады?", "kk", "171", "2013")]
    [InlineData("What trade for the previous year did the ambassador name in his November 2019 interview?", "en", "92", "2018")]
    [InlineData("Елші 2019 жылғы қарашадағы сұхбатында былтырғы тауар айналымы қанша болғанын айтты?", "kk", "92", "2018")]
    public void Last_year_in_a_dated_interview_is_the_year_before_it(string question, string lang, string amount, string year)
    {
        var first = fixture.Answerer.Answer(question, lang).Text.Split('\n')[0];

        first.ShouldContain(amount);
        first.ShouldContain(year);
    }
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
