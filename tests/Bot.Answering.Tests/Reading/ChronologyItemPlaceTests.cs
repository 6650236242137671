using Bot.Answering.Composing;
using Bot.TestKit;

namespace Bot.Answering.Tests.Reading;

/// <summary>
/// Each line of a chronology is an event of its own: an item that names no place ("26 April 2023 – A business forum is
/// held.") does not take the place of the next item's event ("21 October 2023 – consultations … in Astana"), and a report
/// does not place its event where the paragraph before told of something else ("… a direct flight between Plovdiv and
/// Shymkent." ¶ "A few weeks earlier a business forum was held."). Asked where, the bot says the sources do not say;
/// an item that names its place still answers.
/// </summary>
public sealed class ChronologyItemPlaceTests(ChronologyItemPlaceTests.Fixture fixture) : IClassFixture<ChronologyItemPlaceTests.Fixture>
{
    public sealed class Fixture : NewsFixture
    {
        protected override void WriteNews(TempFolder files)
        {
            // An embassy's chronology page in Kazakh: dates in bold, a place on some lines only.
            files.Write("shejire-kk.html", """
                <!DOCTYPE html><html lang="kk"><head><meta charset="utf-8"><title>Қазақстан мен Болгария қатынастарының шежіресі</title>
                <meta property="article:published_time" content="2025-06-20T10:00:00+05:00"></head>
                <body><main><article><h1>Қазақстан мен Болгария қатынастарының шежіресі</h1>
                <p>Төменде екі ел арасындағы саяси және экономикалық байланыстардың негізгі оқиғалары берілген.</p>
                <ul>
                <li><strong>12.03.2019</strong> – Көлік жөніндегі жұмыс тобының отырысы.</li>
                <li><strong>03.10.2019</strong> – Софияда Қазақстан-Болгария іскерлік кеңесінің отырысы өтті.</li>
                <li><strong>26.04.2023</strong> – Қазақстан-Болгария бизнес-форумы өтті.</li>
                <li><strong>21.10.2023</strong> – Астанада сыртқы істер министрліктері арасында саяси консультациялар өтті.</li>
                </ul>
                <p>Қазақстан Республикасының Болгария Республикасындағы елшілігі.</p>
                </article></main></body></html>
                """);
            // A Russian regional report: the paragraph before the forum's tells of a proposed flight between two cities.
            files.Write("forum-ru.md", Doc("Пловдив и Шымкент готовятся к побратимству", "2025-05-29", "ru",
                "В мае 2023 года посол Казахстана посетил Пловдив и встретился с руководством Тракийской экономической зоны. "
                + "Посол предложил открыть прямой авиарейс между Пловдивом и Шымкентом.\n\n"
                + "За несколько недель до визита, 26 апреля 2023 года, состоялся казахстанско-болгарский бизнес-форум, "
                + "на котором обсуждалось сотрудничество регионов двух стран.\n\n"
                + "Голосование в городском совете назначено на четверг."));
        }
    }

    Answer Ask(string question, string lang) => fixture.Answerer.Answer(question, lang);

    [Theory]
    [InlineData("Where was the Kazakhstan–Bulgaria business forum of 26 April 2023 held?", "en")]
    [InlineData("Где прошёл казахстанско-болгарский бизнес-форум 26 апреля 2023 года?", "ru")]
    [InlineData("Къде се проведе казахстанско-българският бизнес форум на 26 април 2023 г.?", "bg")]
    [InlineData("2023 жылғы 26 сәуірдегі Қазақстан-Болгария бизнес-форумы қай қалада өтті?", "kk")]
    public void A_forum_no_source_places_is_not_placed_in_the_next_items_city_nor_in_the_paragraph_befores(string question, string lang)
    {
        var answer = Ask(question, lang);

        answer.Kind.ShouldBe(AnswerKind.NotFound, answer.Text);
        var first = answer.Text.Split('\n')[0];
        foreach (var city in new[] { "Astana", "Астан", "Plovdiv", "Пловдив", "Shymkent", "Шымкент", "Шимкент", "Sofia", "Софи" })
            first.ShouldNotContain(city, Case.Insensitive, answer.Text);
    }

    [Theory]
    [InlineData("Where was the meeting of the transport working group of 12 March 2019 held?", "en")]
    [InlineData("Къде се проведе заседанието на работната група по транспорт на 12 март 2019 г.?", "bg")]
    public void A_chronology_line_without_a_place_does_not_take_the_next_lines_city(string question, string lang)
    {
        var answer = Ask(question, lang);

        answer.Text.Split('\n')[0].ShouldNotContain("Sofia", Case.Insensitive, answer.Text);
        answer.Text.Split('\n')[0].ShouldNotContain("Софи", Case.Insensitive, answer.Text);
    }

    [Theory]
    [InlineData("Where were the political consultations of 21 October 2023 held?", "en", "Astana")]
    [InlineData("Где прошли политические консультации 21 октября 2023 года?", "ru", "Астан")]
    public void A_chronology_line_that_names_its_city_still_answers_where(string question, string lang, string city)
    {
        var answer = Ask(question, lang);

        answer.Text.Split('\n')[0].ShouldContain(city, Case.Insensitive, answer.Text);
    }
}
