using Bot.Answering.Composing;
using Bot.TestKit;

namespace Bot.Answering.Tests.Reading;

/// <summary>
/// A count is read with its own context: "The forum brought together 64 firms" after a paragraph telling that the forum was held
/// in Shymkent is of that forum, in that city; "В пути — 11 суток" and "жолда 11 тәулік" count days; and "Дипломы получили 34
/// выпускника — годом ранее их было 22" states this year's 34 in its first clause and last year's 22 in the next, so asked of
/// this year the bot says 34, never 22.
/// </summary>
public sealed class FigureOwnContextTests(FigureOwnContextTests.Fixture fixture) : IClassFixture<FigureOwnContextTests.Fixture>
{
    public sealed class Fixture : NewsFixture
    {
        protected override void WriteNews(TempFolder files)
        {
            files.Write("forum-shymkent-en.md", Doc("Bulgarian firms look south", "2025-11-14", "en",
                "A Kazakhstan–Bulgaria business forum took place yesterday in Shymkent, hosted by the regional akimat.\n\n"
                + "The forum brought together 64 firms, 40 of them Kazakh, mostly from food processing and textiles. "
                + "Eleven memoranda were signed in the margins."));
            files.Write("ferry-ru.md", Doc("Первый паром с зерном дошёл до Бургаса", "2025-09-08", "ru",
                "Первый паром с казахстанским зерном прибыл вчера в порт Бургас. В пути — 11 суток. "
                + "Компания планирует отправлять три парома в месяц."));
            files.Write("diplomas-ru.md", Doc("Выпуск курсов казахского языка в Пловдиве", "2024-06-12", "ru",
                "Сегодня в Пловдивском университете вручили дипломы выпускникам курсов казахского языка. "
                + "Дипломы получили 34 выпускника — годом ранее их было 22."));
            files.Write("region-trade-kk.md", Doc("Қарағанды облысы мен Болгария саудасы", "2024-09-03", "kk",
                "2024 жылдың қаңтар–маусым айларында Қарағанды облысының Болгариямен сыртқы сауда айналымы 3,2 млн АҚШ долларын құрады. "
                + "Негізгі тауарлар — металл өнімдері мен дәрі-дәрмек."));
        }
    }

    Answer Ask(string question, string lang) => fixture.Answerer.Answer(question, lang);

    [Theory]
    [InlineData("How many companies took part in the business forum in Shymkent?", "en")]
    [InlineData("Сколько компаний участвовало в бизнес-форуме в Шымкенте?", "ru")]
    [InlineData("Колко фирми участваха в бизнес форума в Шимкент?", "bg")]
    public void A_count_in_the_paragraph_after_the_forum_is_placed_where_the_forum_was(string question, string lang)
    {
        var answer = Ask(question, lang);

        answer.Text.Split('\n')[0].ShouldContain("64", customMessage: answer.Text);
    }

    [Fact]
    public void The_forum_s_count_is_not_given_for_a_forum_in_another_city()
    {
        var answer = Ask("How many companies took part in the business forum in Aktobe?", "en");

        answer.Text.Split('\n')[0].ShouldNotContain("64", customMessage: answer.Text);
    }

    [Theory]
    [InlineData("Сколько дней шёл до Бургаса первый паром с зерном?", "ru")]
    public void Days_counted_in_sutki_are_days(string question, string lang)
    {
        var answer = Ask(question, lang);

        answer.Text.Split('\n')[0].ShouldContain("11", customMessage: answer.Text);
    }

    [Theory]
    [InlineData("Каким был товарооборот Карагандинской области с Болгарией за весь 2024 год?", "ru")]
    [InlineData("What was the Karaganda region's trade with Bulgaria for the whole of 2024?", "en")]
    public void Half_a_year_s_turnover_is_no_answer_for_the_whole_year(string question, string lang)
    {
        var answer = Ask(question, lang);

        answer.Kind.ShouldBe(AnswerKind.NotFound, answer.Text);
        answer.Text.Split('\n')[0].ShouldNotContain("3,2", customMessage: answer.Text);
        answer.Text.Split('\n')[0].ShouldNotContain("3.2", customMessage: answer.Text);
    }

    [Theory]
    [InlineData("Сколько выпускников получили дипломы курсов казахского языка в Пловдиве в 2024 году?", "ru")]
    public void The_opening_clause_s_count_is_the_year_of_the_post_and_the_later_clause_s_is_the_year_before(string question, string lang)
    {
        var answer = Ask(question, lang);

        var first = answer.Text.Split('\n')[0];
        first.ShouldContain("34", customMessage: answer.Text);
        first.ShouldNotContain("22", customMessage: answer.Text);
    }
}
