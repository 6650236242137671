using Bot.Knowledge.Ingestion;
using Bot.Knowledge.Ingestion.Reading;

namespace Bot.Knowledge.Tests.Reading;

/// <summary>
/// A rubric slug in capitals above a headline ("EXCLUSIVE", "ЭКОНОМИКА", "САЯСАТ") is not the story's title, in a text
/// copied from a page, inside the headline element, or as an h1 of its own; a headline in capitals and a letterhead
/// naming a sender keep their roles.
/// </summary>
public sealed class KickerTests
{
    [Theory]
    [InlineData("EXCLUSIVE\n\nKazakh company to build grain terminal in Burgas\n\nSofia, 12 May 2025\n\nKazAgro Trade will build a grain terminal in the port of Burgas, the company said.", "Kazakh company to build grain terminal in Burgas", true)]
    [InlineData("ЭКОНОМИКА\nКазахстанская компания построит зерновой терминал в Бургасе\n\nАстана, 12 мая 2025 года\n\nКомпания построит терминал в порту Бургас.", "Казахстанская компания построит зерновой терминал в Бургасе", true)]
    [InlineData("САЯСАТ\n\nТоқаев Болгария Президентімен телефон арқылы сөйлесті\n\nАстана, 2025 жылғы 15 наурыз\n\nТараптар ынтымақтастықты талқылады.", "Тоқаев Болгария Президентімен телефон арқылы сөйлесті", true)]
    [InlineData("KAZMUNAYGAS ENTERS RACE FOR BURGAS REFINERY\n\nSofia, 12 May 2025\n\nThe company confirmed its bid.", "KAZMUNAYGAS ENTERS RACE FOR BURGAS REFINERY", false)]
    public void A_slug_above_the_headline_of_a_text_is_not_its_title(string text, string title, bool slug)
    {
        var doc = PlainTextReader.Read("file:/news.txt", text);

        doc.Title.ShouldBe(title);
        doc.Paragraphs.Any(p => p.Split('\n')[0] == text.Split('\n')[0]).ShouldBe(!slug);
    }

    [Fact]
    public void A_slug_inside_the_headline_element_or_an_h1_of_its_own_is_not_the_title()
    {
        const string inside = """
            <html lang="ru"><body><div class="wrap">
            <h1><span>ЭКСКЛЮЗИВ</span> Казахстанская компания построит зерновой терминал в Бургасе</h1>
            <p>12 мая 2025</p>
            <p>Компания «КазАгро Трейд» построит зерновой терминал в порту Бургас, сообщили в компании в понедельник.</p>
            </div></body></html>
            """;
        const string own = """
            <html lang="en"><body><div class="wrap">
            <h1>EXCLUSIVE</h1>
            <h1>Kazakh company to build grain terminal in Burgas</h1>
            <p>12 May 2025</p>
            <p>KazAgro Trade will build a grain terminal in the port of Burgas, the company said on Monday.</p>
            </div></body></html>
            """;

        HtmlReader.Read("file:/a.html", null, inside).Title.ShouldBe("Казахстанская компания построит зерновой терминал в Бургасе");
        HtmlReader.Read("file:/b.html", null, own).Title.ShouldBe("Kazakh company to build grain terminal in Burgas");
    }

    [Theory]
    [InlineData("ЭКОНОМИКА", true)]
    [InlineData("BREAKING NEWS", true)]
    [InlineData("САЯСАТ", true)]
    [InlineData("NATO summit opens in Vilnius", false)]
    [InlineData("KAZMUNAYGAS ENTERS RACE FOR BURGAS REFINERY", false)]
    [InlineData("ПОСОЛЬСТВО НА КАЗАХСТАН", false)]
    [InlineData("COVID-19", false)]
    public void A_slug_is_a_few_words_in_capitals_naming_no_sender(string line, bool slug) => Kicker.Is(line).ShouldBe(slug);
}
