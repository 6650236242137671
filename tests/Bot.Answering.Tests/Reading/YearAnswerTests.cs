using Bot.TestKit;

namespace Bot.Answering.Tests.Reading;

/// <summary>
/// "In which year(s)": a year alone, or a span of years, is the whole answer; a sentence giving a full day of another
/// event about the same place is no surer an answer for having a day.
/// </summary>
public sealed class YearAnswerTests(YearAnswerTests.Fixture fixture) : IClassFixture<YearAnswerTests.Fixture>
{
    public sealed class Fixture : NewsFixture
    {
        protected override void WriteNews(TempFolder files)
        {
            files.Write("centre.md", Doc("Bulgarian centre in Karaganda", "2020-02-01", "en",
                "The Bulgarian cultural centre in Karaganda opened in 2009. On 12 May 2015 the Karaganda centre hosted a folk festival."));
            files.Write("settlers.md", Doc("Переселенцы", "2021-05-05", "ru",
                "Первые болгарские переселенцы прибыли в Павлодарскую область в 1908–1910 годах. 3 марта 2021 года в Павлодаре прошёл вечер болгарской музыки."));
        }
    }

    [Theory]
    [InlineData("In which year did the Bulgarian cultural centre in Karaganda open?", "en")]
    [InlineData("В каком году открылся болгарский культурный центр в Караганде?", "ru")]
    public void A_year_alone_answers_in_which_year(string question, string lang)
    {
        var first = fixture.Answerer.Answer(question, lang).Text.Split('\n')[0];

        first.ShouldContain("2009");
        first.ShouldNotContain("2015");
    }

    [Theory]
    [InlineData("В какие годы болгарские переселенцы прибыли в Павлодарскую область?", "ru")]
    [InlineData("През кои години българските преселници пристигат в Павлодарска област?", "bg")]
    public void A_span_of_years_answers_in_which_years(string question, string lang)
    {
        var first = fixture.Answerer.Answer(question, lang).Text.Split('\n')[0];

        first.ShouldContain("1908");
        first.ShouldContain("1910");
    }
}
