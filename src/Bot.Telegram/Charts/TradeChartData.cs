using Bot.Knowledge.Metrics;
using Bot.Knowledge.Model;

namespace Bot.Telegram.Charts;

/// <summary>One bar of the trade chart: a metric's full-year value in millions of the chart's currency.</summary>
public sealed record ChartBar(string Metric, int Year, double Millions, bool Approximate);

/// <summary>
/// What the trade chart draws: full-year figures of one currency (the one most figures are in, USD on a tie), every
/// scale brought to millions; years from the first to the last with the missing ones left empty; where sources
/// disagree for a year the first stored value. Figures in other currencies are only counted, for a note.
/// </summary>
public sealed record TradeChartData(string Unit, int FirstYear, int LastYear, IReadOnlyList<ChartBar> Bars, int OtherUnitFigures)
{
    /// <summary>The metrics metrics.json marks for the chart, in catalogue order.</summary>
    public static readonly string[] Metrics = [.. MetricCatalog.Default.Metrics.Where(m => m.InTradeChart).Select(m => m.Key)];

    public static TradeChartData? From(IEnumerable<Figure> figures)
    {
        var yearly = figures.Where(f => Metrics.Contains(f.Metric) && f.Period.IsWholeYear && Figure.ScaleFactor(f.Scale) > 1).ToList();
        if (yearly.Count == 0) return null;
        var unit = yearly.GroupBy(f => f.Unit).OrderByDescending(g => g.Count()).ThenBy(g => g.Key == "USD" ? 0 : 1).First().Key;
        var bars = yearly.Where(f => f.Unit == unit)
            .GroupBy(f => (f.Metric, f.Period.StartYear))
            .Select(g => g.First())
            .Select(f => new ChartBar(f.Metric, f.Period.StartYear, f.AbsoluteValue / 1e6, f.Qualifier is not ("" or "exact")))
            .OrderBy(b => b.Year).ThenBy(b => Array.IndexOf(Metrics, b.Metric))
            .ToList();
        return new TradeChartData(unit, bars[0].Year, bars[^1].Year, bars, yearly.Count(f => f.Unit != unit));
    }
}
