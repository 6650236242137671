using Bot.Answering.Composing;
using Bot.TestKit;

namespace Bot.Answering.Tests.Reading;

/// <summary>
/// Whose ambassador a person is, read the way a reader reads it: a dateline's country ("Varna, Bulgaria. Ambassador of
/// the Republic of Kazakhstan …") is not the post's; a bare "посол Иванов" is of the country its headline or the paragraph
/// before gives the post; a name the sentence gives no post is not the holder when the sentence gives the post to someone
/// else.
/// </summary>
public sealed class PostCountryAroundTests(PostCountryAroundTests.Fixture fixture) : IClassFixture<PostCountryAroundTests.Fixture>
{
    public sealed class Fixture : NewsFixture
    {
        protected override void WriteNews(TempFolder files)
        {
            files.Write("kazakh-envoy-varna.html", """
                <html><head><title>Kazakh envoy tours Varna</title><meta name="date" content="2024-06-12"></head><body>
                <h1>Ambassador of Kazakhstan tours Varna</h1>
                <p>12 June 2024</p>
                <p>Varna, Bulgaria. Ambassador of the Republic of Kazakhstan to Bulgaria Aslan Nurpeisov paid a working visit to Varna, where he held talks with Mayor Dimitar Nikolov.</p>
                <p>During the visit Ambassador Nurpeisov also met students of the Technical University and its rector Prof. Rosen Vasilev.</p>
                </body></html>
                """);
            files.Write("bulgarian-envoy-karaganda.md", Doc("Посол Болгарии посетил Караганду", "2024-09-03", "ru",
                "Караганда, Казахстан. Посол Республики Болгария в Казахстане Петър Иванов провёл переговоры с акимом области Ермаганбетом Булекпаевым.\n\n"
                + "Затем посол Иванов встретился с ректором Карагандинского университета Нурланом Дулатбековым."));
            files.Write("envoy-year-en.md", Doc("An envoy's first year", "2024-12-20", "en",
                "The new ambassador travelled widely in his first year — to Burgas, where he met Mayor Stefan Markov, and to Ruse."));
        }
    }

    string First(string question, string lang) => fixture.Answerer.Answer(question, lang).Text.Split('\n')[0];

    [Theory]
    [InlineData("Who is Kazakhstan's ambassador to Bulgaria?", "en", "Nurpeisov", "Ivanov")]
    [InlineData("Кто посол Болгарии в Казахстане?", "ru", "Иванов", "Нурпеисов")]
    [InlineData("Кой е посланикът на България в Казахстан?", "bg", "Иванов", "Нурпеисов")]
    [InlineData("Кой е посланикът на Казахстан в България?", "bg", "Нурпеисов", "Иванов")]
    public void The_dateline_country_gives_the_post_to_no_one(string question, string lang, string expected, string other)
    {
        var first = First(question, lang);

        first.ShouldContain(expected);
        first.ShouldNotContain(other);
    }

    [Theory]
    [InlineData("Who is Bulgaria's ambassador to Kazakhstan?", "en", "Nurpeisov")]
    [InlineData("Кой е посланикът на България в Казахстан?", "bg", "Нурпеисов")]
    public void The_other_countrys_bare_ambassador_is_not_the_ambassador(string question, string lang, string wrong) =>
        fixture.Answerer.Answer(question, lang).Text.ShouldNotContain(wrong);

    [Theory]
    [InlineData("Who is the rector of the Technical University in Varna?", "en", "Vasilev", "Nurpeisov")]
    [InlineData("Кто ректор Карагандинского университета?", "ru", "Дулатбеков", "Иванов")]
    public void The_ambassador_who_met_a_rector_is_not_the_rector(string question, string lang, string expected, string other)
    {
        var first = First(question, lang);

        first.ShouldContain(expected);
        first.ShouldNotContain(other);
    }
}
