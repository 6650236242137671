using Bot.Answering.Tests.Reading;
using Bot.TestKit;

namespace Bot.Answering.Tests.Figures;

/// <summary>
/// A table's sub-row ("в т.ч. …", "of which …") is a part of the row above it: a question on the part is answered with
/// the part's figure, never the total's, and a question on the whole with the total, never a part; a number written in
/// words past its thousands is read whole, never as its last three digits.
/// </summary>
public sealed class TableSubRowTests(TableSubRowTests.Fixture fixture) : IClassFixture<TableSubRowTests.Fixture>
{
    public sealed class Fixture : NewsFixture
    {
        protected override void WriteNews(TempFolder files)
        {
            files.Write("visits-bg.md", Doc("Посещения на казахстанци в България", "2025-03-10", "bg",
                "Справка на министерството за посещенията по години.\n\n"
                + "| Показател | 2023 | 2024 |\n|---|---|---|\n"
                + "| Посещения на граждани на Казахстан в България – общо | 12 480 | 14 930 |\n"
                + "| в т.ч. с цел почивка | 8 210 | 9 655 |\n"));
            files.Write("nights-ru.md", Doc("Ночёвки казахстанских туристов в Болгарии", "2025-03-12", "ru",
                "Туристы из Казахстана провели в болгарских гостиницах пятьдесят восемь тысяч триста двадцать ночёвок за 2024 год."));
        }
    }

    string First(string question, string lang) => fixture.Answerer.Answer(question, lang).Text.Split('\n')[0];

    [Theory]
    [InlineData("How many visits did Kazakh citizens make to Bulgaria for holiday in 2024?", "en")]
    [InlineData("Сколько посещений Болгарии с целью отдыха совершили граждане Казахстана в 2024 году?", "ru")]
    public void A_question_on_the_part_gets_the_sub_rows_figure(string question, string lang)
    {
        var first = First(question, lang);

        first.ShouldMatch(@"9[\s\u00a0,.]?655");
        first.ShouldNotMatch(@"14[\s\u00a0,.]?930");
    }

    [Fact]
    public void A_question_on_the_whole_gets_the_total_not_a_part()
    {
        var first = First("How many visits did Kazakh citizens make to Bulgaria in 2024?", "en");

        first.ShouldMatch(@"14[\s\u00a0,.]?930");
        first.ShouldNotMatch(@"9[\s\u00a0,.]?655");
    }

    [Fact]
    public void A_count_written_in_words_past_its_thousands_is_answered_whole()
    {
        var first = First("Колко нощувки са реализирали казахстанските туристи в България през 2024 г.?", "bg");

        first.ShouldMatch(@"58[\s\u00a0,.]?320");
    }
}
