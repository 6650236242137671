using Bot.Answering.Composing;
using Bot.TestKit;

namespace Bot.Answering.Tests.Reading;

/// <summary>
/// A chronology page writes the year once, in a heading, and only the day and month in the items under it: every item
/// of the section is of the heading's year — not only the first, and never of the page's own date.
/// </summary>
public sealed class ChronologyYearTests(ChronologyYearTests.Fixture fixture) : IClassFixture<ChronologyYearTests.Fixture>
{
    public sealed class Fixture : NewsFixture
    {
        protected override void WriteNews(TempFolder files)
        {
            files.Write("chronology-en.md", Doc("Kazakhstan and Bulgaria: a chronology", "2024-11-20", "en",
                "Last updated: 20 November 2024.\n\n## 2019\n\n"
                + "- 14 March: Foreign Minister Beibut Atamkulov visited Sofia and met his Bulgarian counterpart.\n"
                + "- 2 October: the Bulgarian–Kazakh business forum took place in Plovdiv.\n\n## 2021\n\n"
                + "- 18 May: the intergovernmental commission held its session in Nur-Sultan.\n"
                + "- 7 December: Bulgarian Deputy Prime Minister Tomislav Donchev visited Almaty."));
            files.Write("chronology-ru.html",
                "<html><head><title>Хронология отношений</title><meta name=\"date\" content=\"2023-05-04\"></head><body><article>"
                + "<h1>Хронология отношений Казахстана и Болгарии</h1><p>Обновлено: 4 мая 2023 года.</p>"
                + "<h3>2017</h3><ul><li>21 апреля — в Софии прошли политические консультации между МИД двух стран.</li>"
                + "<li>9 ноября — министр энергетики Болгарии Теменужка Петкова посетила Астану.</li></ul>"
                + "<h3>2018</h3><ul><li>16 февраля — в Варне открыто почётное консульство Казахстана.</li>"
                + "<li>12 декабря — в Софии торжественно открыта улица Астана.</li></ul></article></body></html>");
            files.Write("news-en.md", Doc("Minister in Burgas", "2022-06-30", "en",
                "In 2020 the port of Burgas handled its first container train from Kazakhstan. On 29 June the transport minister visited the port."));
        }
    }

    Answer Ask(string question, string lang) => fixture.Answerer.Answer(question, lang);

    [Theory]
    [InlineData("When did Tomislav Donchev visit Almaty?", "en", "7 December 2021")]
    [InlineData("When was the business forum in Plovdiv held?", "en", "2 October 2019")]
    [InlineData("Когда Теменужка Петкова посетила Астану?", "ru", "9 ноября 2017")]
    [InlineData("Кога в София беше открита улица Астана?", "bg", "12 декември 2018")]
    public void An_item_of_a_chronology_is_of_its_headings_year(string question, string lang, string date)
    {
        var answer = Ask(question, lang);
        answer.Kind.ShouldBe(AnswerKind.Passage, answer.Text);
        answer.Text.Split('\n')[0].ShouldStartWith(date);
    }

    [Theory]
    [InlineData("Who visited Almaty in December 2021?", "en", "Donchev")]
    [InlineData("Which minister visited Sofia in 2019?", "en", "Atamkulov")]
    [InlineData("Кто из министров посетил Астану в ноябре 2017 года?", "ru", "Петкова")]
    [InlineData("Какво консулство беше открито във Варна през 2018 г.?", "bg", "консульство")]
    public void A_question_of_the_headings_year_is_answered_by_its_items(string question, string lang, string expected)
    {
        var answer = Ask(question, lang);
        answer.Kind.ShouldBe(AnswerKind.Passage, answer.Text);
        answer.Text.ShouldContain(expected);
    }

    [Theory]
    [InlineData("Who visited Almaty in December 2019?", "en")]
    [InlineData("Who visited Almaty in December 2023?", "en")]
    [InlineData("Кто из министров посетил Астану в ноябре 2018 года?", "ru")]
    [InlineData("Кто из министров посетил Астану в ноябре 2022 года?", "ru")]
    public void A_question_of_another_year_than_the_items_heading_is_refused(string question, string lang)
    {
        var answer = Ask(question, lang);
        answer.Kind.ShouldNotBe(AnswerKind.Passage, answer.Text);
    }

    [Fact]
    public void A_day_in_a_news_paragraph_is_still_of_the_year_the_paragraph_states_before_it()
    {
        var answer = Ask("When did the transport minister visit the port of Burgas?", "en");
        answer.Text.Split('\n')[0].ShouldNotContain("2019");
        answer.Text.Split('\n')[0].ShouldNotContain("2021");
    }
}
