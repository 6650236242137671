namespace Bot.Answering.Tests.Reading;

/// <summary>
/// A visit to a third country is dated only by what a text says of that country, and a sentence that names the visitor by
/// the post its headline gave him ("the prime minister") tells of him.
/// </summary>
public sealed class OnwardVisitTests(OnwardVisitNewsFixture fixture) : IClassFixture<OnwardVisitNewsFixture>
{
    [Theory]
    [InlineData("Кога Петров ще посети Киргизстан?", "bg", "5 март", "4 март")]
    [InlineData("Петров Қырғызстанға қашан барады?", "kk", "5 наурыз", "4 наурыз")]
    public void A_visit_to_a_third_country_is_dated_by_the_sentence_naming_that_country(string question, string lang, string day, string otherVisit)
    {
        var answer = fixture.Answerer.Answer(question, lang).Text;
        answer.Split('\n')[0].ShouldContain(day);
        answer.ShouldNotContain(otherVisit);
        answer.ShouldNotContain("On Monday");
    }
}
