using Bot.Knowledge.Ingestion;

namespace Bot.Knowledge.Tests.Reading;

/// <summary>
/// A page saved as Markdown brings the site's "Read also" list under its article ("**Читайте также:**",
/// "Прочетете още:", "Оқи отырыңыз:"): teasers of other stories, each with its own date and figure. None of them
/// becomes a passage, a figure or the document's date; the article's own lines around them stay.
/// </summary>
public sealed class ReadAlsoListTests : IDisposable
{
    readonly FileIngestion _files = new();

    static string Article(string lead, string head, string teaser1, string teaser2) => $"""
        ---
        title: "Kazakhstan and Bulgaria business forum"
        date: 2023-05-10
        ---

        {lead}

        *Photo: the forum in Sofia*

        {head}

        - [{teaser1}](https://example.org/1)
        - [{teaser2}](https://example.org/2)
        """;

    [Theory]
    [InlineData("en", "The Kazakh-Bulgarian business forum was held in Sofia on 26 April.", "**Read also:**",
        "Kazakhstan, Greece hold business forum in Astana — 18 October 2023", "Trade with Romania exceeded $1 billion — 20 October 2023")]
    [InlineData("ru", "Казахстанско-болгарский бизнес-форум прошёл в Софии 26 апреля.", "**Читайте также:**",
        "В Астане прошёл бизнес-форум Казахстан – Греция – 18 октября 2023", "Товарооборот с Румынией превысил 1 млрд долларов – 20 октября 2023")]
    [InlineData("bg", "Казахстанско-българският бизнес форум се проведе в София на 26 април.", "Прочетете още:",
        "Бизнес форум Казахстан – Гърция в Астана · 18.10.2023", "Стокообменът с Румъния надхвърли 1 млрд. долара · 20.10.2023")]
    [InlineData("kk", "Қазақ-болгар бизнес-форумы 26 сәуірде Софияда өтті.", "Оқи отырыңыз:",
        "1. Астанада Қазақстан – Грекия бизнес-форумы өтті", "2. Румыниямен тауар айналымы 1 млрд доллардан асты")]
    public async Task The_read_also_list_of_a_saved_page_is_not_the_articles_text(string lang, string lead, string head, string teaser1, string teaser2)
    {
        var (result, row) = await _files.IngestAsync($"forum-{lang}.md", Article(lead, head, teaser1, teaser2));

        result.Status.ShouldBe(IngestStatus.Added, result.Reason);
        row!.Published.ShouldBe("2023-05-10");
        var text = string.Join("\n", _files.Passages());
        text.ShouldContain(lead);
        text.ShouldNotContain(teaser1[3..20]);
        text.ShouldNotContain(teaser2[3..20]);
        _files.Store.Figures.All().ShouldBeEmpty();
    }

    [Fact]
    public async Task A_read_also_line_in_a_saved_page_is_dropped_and_the_text_after_the_list_stays()
    {
        const string page = """
            # Kazakhstan and Bulgaria discuss uranium supplies

            Sofia, 9 June 2025. Kazakhstan and Bulgaria discussed uranium supplies for the Kozloduy plant.

            **Читайте также:** [Казахстан и Словакия обсудили товарооборот в 200 млн долларов](/ru/news/kz-slovakia) · 19.10.2023

            The sides agreed to meet again in Astana in the autumn.
            """;

        var (_, row) = await _files.IngestAsync("uranium.md", page);

        row!.Published.ShouldBe("2025-06-09");
        var text = string.Join("\n", _files.Passages());
        text.ShouldNotContain("Словакия");
        text.ShouldContain("meet again in Astana");
        _files.Store.Figures.All().ShouldBeEmpty();
    }

    [Fact]
    public async Task A_kazakh_agencys_also_read_list_in_a_copied_text_is_not_the_articles_text()
    {
        const string text = """
            Қазақстан Болгарияға уран жеткізеді

            Астана. 9 маусым. ҚазАқпарат – Қазақстан Болгарияның Козлодуй атом электр станциясына уран жеткізуді талқылады.

            Сондай-ақ оқыңыз:
            – Қазақстан мен Франция атом энергетикасы саласындағы ынтымақтастықты кеңейтеді (05.06.2025)
            – Қазатомөнеркәсіп бірінші тоқсанда 5,6 мың тонна уран өндірді (02.05.2025)

            Жарияланған уақыты: 09.06.2025 15:42
            """;

        var (_, row) = await _files.IngestAsync("uran.txt", text);

        row!.Published.ShouldBe("2025-06-09");
        var passages = string.Join("\n", _files.Passages());
        passages.ShouldContain("Козлодуй");
        passages.ShouldNotContain("Франция");
        passages.ShouldNotContain("5,6 мың тонна");
    }

    [Theory]
    [InlineData("ru", "Читайте также:", "Казахстан и Польша увеличили товарооборот на 17% (20.10.2023)", "21.10.2023, 16:05", "Польша")]
    [InlineData("bg", "Прочетете още:", "Казахстан и Гърция подписаха меморандум · 19.10.2023", "21.10.2023 16:05", "Гърция")]
    [InlineData("en", "Read also:", "Kazakhstan and Poland increase trade by 17% — 20 October 2023", "21 October 2023, 16:05", "Poland")]
    public async Task A_date_closing_the_text_after_the_read_also_list_is_the_texts_date(string lang, string head, string teaser, string closing, string otherCountry)
    {
        var text = $"""
            Kazakhstan and Bulgaria hold political consultations

            Political consultations between the foreign ministries of Kazakhstan and Bulgaria took place in Astana.

            {head}
            {teaser}

            {closing}
            """;

        var (_, row) = await _files.IngestAsync($"consultations-{lang}.txt", text);

        row!.Published.ShouldBe("2023-10-21");
        string.Join("\n", _files.Passages()).ShouldNotContain(otherCountry);
    }

    [Theory]
    [InlineData("bg", "Още от БТА: Турция и България откриват нов граничен пункт през 2027 г.", "Турция")]
    [InlineData("ru", "Ещё от ТАСС: Турция и Болгария откроют новый пункт пропуска в 2027 году", "Турция")]
    [InlineData("en", "More from Reuters: Turkey and Bulgaria to open a new border crossing in 2027", "Turkey")]
    [InlineData("en", "Read also from our partners: Georgia–Bulgaria ferry line carried 9,400 trucks in 2027.", "Georgia")]
    public async Task A_line_pointing_to_another_agencys_story_is_not_the_articles_text(string lang, string pointer, string otherCountry)
    {
        var text = $"""
            ---
            title: "Astana Street opens in Sofia"
            date: 2018-12-29
            ---

            Sofia, 28 December. Astana Street in the centre of Sofia was officially opened today.

            The decision on the name was taken by the city council on 14 March.

            {pointer}
            """;

        var (_, row) = await _files.IngestAsync($"street-{lang}-{otherCountry}.md", text);

        row!.Published.ShouldBe("2018-12-29");
        var passages = string.Join("\n", _files.Passages());
        passages.ShouldContain("officially opened today");
        passages.ShouldNotContain(otherCountry);
        passages.ShouldNotContain("2027");
    }

    [Theory]
    [InlineData("bg", "Още от региона:", "• Пътят Симитли – Разлог затворен за ремонт до 30 юни", "Струма Прес, 16.06.2016")]
    [InlineData("ru", "Ещё от редакции:", "• Дорогу Уральск – Аксай закрыли на ремонт до 30 июня", "Приуралье, 16.06.2016")]
    [InlineData("en", "Related news:", "• Simitli–Razlog road closed for repairs until 30 June", "Struma Press, 16.06.2016")]
    public async Task The_source_and_date_line_after_a_bulleted_list_of_other_stories_dates_the_text(string lang, string head, string teaser, string closing)
    {
        var text = $"""
            Blagoevgrad and Uralsk sign a memorandum of cooperation

            The mayors of Blagoevgrad and Uralsk signed a memorandum of cooperation between the two cities today.

            {head}
            {teaser}
            • Over 4,000 people visited the Pirin Summer festival last year

            {closing}
            """;

        var (_, row) = await _files.IngestAsync($"twinning-{lang}.txt", text);

        row!.Published.ShouldBe("2016-06-16");
        var passages = string.Join("\n", _files.Passages());
        passages.ShouldContain("signed a memorandum");
        passages.ShouldNotContain("4,000");
    }

    public void Dispose() => _files.Dispose();
}
