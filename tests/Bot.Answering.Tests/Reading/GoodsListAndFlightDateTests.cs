using Bot.Answering.Composing;
using Bot.Answering.Language;
using Bot.TestKit;

namespace Bot.Answering.Tests.Reading;

/// <summary>
/// "Which goods grew": the sentence naming goods answers, not the trade's total that repeats the question's words; "since
/// when is there a Plovdiv–Shymkent flight": a sentence naming the city but no flight dates nothing asked.
/// </summary>
public sealed class GoodsListAndFlightDateTests(GoodsListAndFlightDateTests.Store fixture) : IClassFixture<GoodsListAndFlightDateTests.Store>
{
    public sealed class Store : NewsFixture
    {
        protected override void WriteNews(TempFolder files)
        {
            files.Write("total.md", Doc("Kazakhstan-Bulgaria trade nearly doubles in the first quarter", "2025-06-08", "en",
                "Trade turnover between Kazakhstan and Bulgaria grew to $66.6 million in the first quarter of 2025, almost double the figure for the same period of 2024.\n\n"
                + "Kazakhstan stepped up shipments of propane, aluminium and timber to the Bulgarian market over the three months. Bulgaria supplied mainly pharmaceuticals and other goods."));
            files.Write("interview.md", Doc("Посланик Темирбаев за връзките между градовете", "2024-07-09", "bg",
                "— Засега никоя авиокомпания не е започнала редовна линия. Предложих директна връзка между Пловдив и Шимкент.\n\n"
                + "— Миналата година бях в Пловдив и разговарях с кмета."));
        }
    }

    Answer Ask(string question) => fixture.Answerer.Answer(question, LanguageChooser.Detect(question));

    [Theory]
    [InlineData("Which Kazakh goods did exports to Bulgaria grow in in the first quarter of 2025?")]
    [InlineData("Износът на кои казахстански стоки за България нарасна през първото тримесечие на 2025 г.?")]
    [InlineData("Экспорт каких казахстанских товаров в Болгарию вырос в первом квартале 2025 года?")]
    public void A_goods_list_quotes_the_sentence_naming_goods(string question) =>
        Ask(question).Text.ShouldContain("aluminium");

    [Theory]
    [InlineData("От кога има редовна директна авиолиния между Пловдив и Шимкент?")]
    [InlineData("С какого года есть прямой авиарейс между Пловдивом и Шымкентом?")]
    public void A_flight_is_not_dated_by_a_sentence_naming_no_flight(string question) =>
        Ask(question).Text.ShouldNotContain("2023");
}
