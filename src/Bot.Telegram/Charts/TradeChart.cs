using System.Globalization;
using ScottPlot;

namespace Bot.Telegram.Charts;

/// <summary>
/// Turnover, exports and imports by year as grouped bars (PNG), on a year axis with gaps where no figure exists;
/// approximate values ("about", "over") drawn lighter with "≈" before their label.
/// </summary>
public static class TradeChart
{
    const int Slot = 4;

    public static byte[]? Render(TradeChartData? data, Func<string, string> metricLabel, string caption)
    {
        if (data is null) return null;
        var plot = new Plot();
        var palette = new ScottPlot.Palettes.Category10();
        for (var m = 0; m < TradeChartData.Metrics.Length; m++)
        {
            var color = palette.GetColor(m);
            var bars = data.Bars.Where(b => b.Metric == TradeChartData.Metrics[m]).Select(b => new Bar
            {
                Position = (b.Year - data.FirstYear) * Slot + m,
                Value = b.Millions,
                FillColor = b.Approximate ? color.Lighten(0.55) : color,
                Label = (b.Approximate ? "≈" : "") + b.Millions.ToString("0.#", CultureInfo.InvariantCulture),
            }).ToList();
            if (bars.Count == 0) continue;
            plot.Add.Bars(bars).LegendText = metricLabel(TradeChartData.Metrics[m]);
        }
        var years = Enumerable.Range(data.FirstYear, data.LastYear - data.FirstYear + 1).ToList();
        plot.Axes.Bottom.SetTicks(years.Select(y => (y - data.FirstYear) * Slot + 1.0).ToArray(), years.Select(y => y.ToString(CultureInfo.InvariantCulture)).ToArray());
        plot.Axes.Margins(bottom: 0);
        plot.Title(caption, 12);
        plot.ShowLegend(Alignment.UpperLeft);
        return plot.GetImageBytes(Math.Max(900, years.Count * 60), 500, ImageFormat.Png);
    }
}
