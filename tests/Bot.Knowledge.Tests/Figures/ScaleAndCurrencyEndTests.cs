using Bot.Knowledge.Extraction;
using Bot.Knowledge.Ingestion;
using Bot.Knowledge.Model;

namespace Bot.Knowledge.Tests.Figures;

/// <summary>
/// "… достигна 612,4 млн. лв. Доставките на суров петрол …": the currency after the scale closes the figure and its sentence,
/// so the turnover keeps its own metric and currency, and the next sentence's good (crude oil) is not read into it.
/// </summary>
public sealed class ScaleAndCurrencyEndTests
{
    static readonly PartialDate Published = new(2025, 3, 10);

    [Theory]
    [InlineData("Стокообменът между България и Казахстан през 2024 г. достигна 708,3 млн. лв. Доставките на суров петрол от Казахстан формират почти цялата стойност.", 708.3, "BGN")]
    [InlineData("Товарооборот Казахстана и Болгарии в 2024 году составил 402,5 млн. долл. Поставки сырой нефти дали почти две трети объёма.", 402.5, "USD")]
    public void A_turnover_closed_by_a_scale_and_a_currency_stays_the_turnover_in_its_currency(string paragraph, double value, string currency)
    {
        var doc = new SourceDocument("test://trade", "Trade in 2024", null, Published, "ru", [paragraph]);
        var figures = DocumentExtractor.Figures(doc).ToList();

        var figure = figures.Single(f => Math.Abs(f.Value - value) < 1e-9);
        figure.Metric.ShouldBe("turnover", string.Join(" | ", figures.Select(f => $"{f.Metric} {f.Value} {f.Unit}")));
        figure.Unit.ShouldBe(currency);
        figure.Evidence.ShouldNotContain("петрол");
        figure.Evidence.ShouldNotContain("нефт");
        figure.Evidence.ShouldNotContain("мұнай");
    }
}
