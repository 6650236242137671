using Bot.Knowledge.Model;
using Bot.Telegram.Charts;

namespace Bot.Telegram.Tests.Units;

/// <summary>The trade chart shows years in order with gaps, one currency, every scale in millions, and which values are approximate.</summary>
public sealed class TradeChartDataTests
{
    static Figure F(string metric, int year, double value, string scale = "million", string unit = "USD", string qualifier = "exact") =>
        new(0, metric, Period.Year(year), value, scale, unit, qualifier, null, null, null, "", null, new SourceRef(1, "t", null, null));

    [Fact]
    public void Years_run_in_order_from_the_first_to_the_last_with_missing_ones_left_out()
    {
        var data = TradeChartData.From([F("turnover", 2022, 300), F("turnover", 2016, 100), F("turnover", 2024, 375)])!;

        (data.FirstYear, data.LastYear).ShouldBe((2016, 2024));
        data.Bars.Select(b => b.Year).ShouldBe([2016, 2022, 2024]);
    }

    [Fact]
    public void One_currency_is_drawn_and_the_others_are_counted_for_a_note()
    {
        var data = TradeChartData.From([F("turnover", 2023, 100), F("turnover", 2024, 375), F("exports_kz_to_bg", 2024, 90, unit: "EUR")])!;

        data.Unit.ShouldBe("USD");
        data.Bars.ShouldAllBe(b => b.Metric == "turnover");
        data.OtherUnitFigures.ShouldBe(1);
    }

    [Fact]
    public void Billions_and_thousands_are_drawn_in_millions()
    {
        var data = TradeChartData.From([F("turnover", 2023, 1.2, scale: "billion"), F("turnover", 2024, 375_000, scale: "thousand")])!;

        data.Bars.Select(b => b.Millions).ShouldBe([1200, 375], tolerance: 1e-9);
    }

    [Fact]
    public void About_and_over_values_are_marked_approximate()
    {
        var data = TradeChartData.From([F("turnover", 2023, 100, qualifier: "about"), F("turnover", 2024, 375)])!;

        data.Bars.Select(b => b.Approximate).ShouldBe([true, false]);
    }

    [Fact]
    public void Without_full_year_trade_figures_there_is_no_chart()
    {
        TradeChartData.From([F("investment_bg_to_kz", 2024, 5)]).ShouldBeNull();
    }
}
