using Bot.TestKit;

namespace Bot.Answering.Tests.Reading;

/// <summary>
/// A legal site's language switch ("ҚАЗ · РУС · ENG") names no place: before, "Where was the law published?" over such a
/// page was answered "Ruse" (the city Русе, whose key "рус" the label shares). A city written out is still a place.
/// </summary>
public sealed class ShortCapitalsPlaceTests(ShortCapitalsPlaceTests.News fixture) : IClassFixture<ShortCapitalsPlaceTests.News>
{
    public sealed class News : NewsFixture
    {
        protected override void WriteNews(TempFolder files)
        {
            files.Write("law-kk.md", Doc("Ратификациялау туралы заң", "2027-02-20", "kk",
                "Қағаз жүзіндегі нұсқа: ҚАЗ · РУС · ENG · Мәтін · Ресми жариялау\n\nҚазақстан Республикасының Заңы Болгариямен жасалған келісімді ратификациялайды. Заң 2027 жылғы 20 ақпанда ресми жарияланды."));
            files.Write("ruse-en.md", Doc("Delegation in Ruse", "2027-05-04", "en",
                "Sofia, 4 May 2027. A delegation of Pavlodar region arrived in Ruse on 3 May to discuss twinning."));
        }
    }

    string Lead(string question, string lang) => fixture.Answerer.Answer(question, lang).Text.Split('\n')[0];

    [Theory]
    [InlineData("Where was the ratification law published?", "en")]
    [InlineData("Ратификациялау туралы заң қай жерде жарияланды?", "kk")]
    public void A_language_switch_is_no_place(string question, string lang)
    {
        var lead = Lead(question, lang);
        lead.ShouldNotContain("Ruse");
        lead.ShouldNotContain("Русе");
    }

    [Fact]
    public void A_city_written_out_is_a_place() =>
        Lead("Where did the delegation of Pavlodar region arrive?", "en").ShouldContain("Ruse");
}
