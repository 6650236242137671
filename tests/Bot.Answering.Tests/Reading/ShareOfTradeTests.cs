using Bot.Answering.Composing;
using Bot.TestKit;

namespace Bot.Answering.Tests.Reading;

/// <summary>
/// "What percent of the trade …" asks for a share of the trade, not for the trade: with both a turnover table and a
/// sentence giving a share of some trade in the store, the share is the answer and no money figure is.
/// </summary>
public sealed class ShareOfTradeTests(ShareOfTradeTests.Fixture fixture) : IClassFixture<ShareOfTradeTests.Fixture>
{
    public sealed class Fixture : NewsFixture
    {
        protected override void WriteNews(TempFolder files)
        {
            files.Write("turnover.md", Doc("Торговля в 2022 году", "2023-02-15", "ru",
                "Товарооборот Казахстана и Болгарии в 2022 году составил 190 млн долларов США."));
            files.Write("grain.md", Doc("Grain corridor talks", "2023-03-02", "en",
                "The minister said Kazakhstan accounts for 40 percent of the grain trade across the Caspian Sea."));
            files.Write("freight.md", Doc("Транзит через Каспий", "2023-04-11", "ru",
                "По оценке министерства, на долю Казахстана приходится 60 процентов контейнерных перевозок между Китаем и Турцией."));
        }
    }

    [Theory]
    [InlineData("What percentage of the grain trade across the Caspian Sea does Kazakhstan account for?", "en")]
    [InlineData("Каспий теңізі арқылы астық саудасының қанша пайызы Қазақстанға тиесілі?", "kk")]
    [InlineData("Сколько процентов торговли зерном через Каспийское море приходится на Казахстан?", "ru")]
    public void A_question_for_a_percent_of_some_trade_gets_the_share_not_the_turnover(string question, string lang)
    {
        var answer = fixture.Answerer.Answer(question, lang);

        answer.Text.ShouldContain("40");
        answer.Text.ShouldNotContain("190");
    }

    [Theory]
    [InlineData("Какъв дял от контейнерните превози между Китай и Турция се пада на Казахстан?", "bg")]
    [InlineData("Какая доля контейнерных перевозок между Китаем и Турцией приходится на Казахстан?", "ru")]
    public void A_share_is_read_from_a_sentence_naming_the_asked_country_in_another_case(string question, string lang)
    {
        var answer = fixture.Answerer.Answer(question, lang);

        answer.Text.ShouldContain("60");
        answer.Text.ShouldNotContain("190");
    }
}
