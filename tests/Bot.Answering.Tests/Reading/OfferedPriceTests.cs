using Bot.Answering.Composing;
using Bot.TestKit;

namespace Bot.Answering.Tests.Reading;

/// <summary>A bid for a refinery that no deal followed, and a terminal that was bought.</summary>
public sealed class OfferedPriceFixture : NewsFixture
{
    protected override void WriteNews(TempFolder files)
    {
        files.Write("bid.md", Doc("KazMunayGas bids for Burgas refinery", "2025-01-10", "en",
            "Sofia, 10 January 2025 - KazMunayGas has offered about USD 1 billion for the Burgas refinery, Bloomberg reported. No deal has been announced."));
        files.Write("terminal.md", Doc("Сделки в Черноморском регионе", "2025-03-02", "ru",
            "Казахстанская компания «Ойл Терминал» в прошлом году заплатила 40 млн долларов за нефтяной терминал в Варне."));
    }
}

/// <summary>
/// "How much did KazMunayGas pay for the refinery": an amount the sources give only as an offer or bid is no price paid,
/// in whichever language the question asks; the offer still answers a question about the offer, and a price paid answers.
/// </summary>
public sealed class OfferedPriceTests(OfferedPriceFixture fixture) : IClassFixture<OfferedPriceFixture>
{
    [Theory]
    [InlineData("How much did KazMunayGas pay for the Burgas refinery?", "en")]
    [InlineData("Сколько заплатил КазМунайГаз за НПЗ в Бургасе?", "ru")]
    [InlineData("Колко е платил КазМунайГаз за рафинерията в Бургас?", "bg")]
    [InlineData("ҚазМұнайГаз Бургас зауыты үшін қанша төледі?", "kk")]
    public void An_offer_is_no_price_paid(string question, string lang)
    {
        var answer = fixture.Answerer.Answer(question, lang);

        answer.Kind.ShouldBe(AnswerKind.NotFound, answer.Text);
    }

    [Theory]
    [InlineData("How much did KazMunayGas offer for the Burgas refinery?", "en", "1 billion")]
    [InlineData("How much was paid for the oil terminal in Varna?", "en", "40")]
    public void An_offer_answers_for_the_offer_and_a_payment_for_the_price(string question, string lang, string expected)
    {
        fixture.Answerer.Answer(question, lang).Text.Split('\n')[0].ShouldContain(expected);
    }
}
