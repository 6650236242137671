using Bot.Knowledge.Model;
using ScottPlot;

namespace Bot.Telegram.Charts;

/// <summary>
/// Turnover, exports and imports by year as grouped bars (PNG). Only full-year USD figures are drawn, and where
/// sources disagree for a year the first stored value is used; the text reply lists every value with its source.
/// </summary>
public static class TradeChart
{
    static readonly string[] Metrics = ["turnover", "exports_kz_to_bg", "exports_bg_to_kz"];

    public static byte[]? Render(IReadOnlyList<Figure> figures, Func<string, string> metricLabel, string caption)
    {
        var yearly = figures.Where(f => Metrics.Contains(f.Metric) && f.Period.IsWholeYear && f.Unit == "USD" && f.Scale == "million")
            .GroupBy(f => (f.Metric, f.Period.StartYear)).ToDictionary(g => g.Key, g => g.First().Value);
        if (yearly.Count == 0) return null;
        var years = yearly.Keys.Select(k => k.StartYear).Distinct().Order().ToList();
        var plot = new Plot();
        var palette = new ScottPlot.Palettes.Category10();
        for (var m = 0; m < Metrics.Length; m++)
        {
            var bars = new List<Bar>();
            for (var y = 0; y < years.Count; y++)
                if (yearly.TryGetValue((Metrics[m], years[y]), out var value))
                    bars.Add(new Bar { Position = y * 4 + m, Value = value, FillColor = palette.GetColor(m), Label = value.ToString("0.#", System.Globalization.CultureInfo.InvariantCulture) });
            if (bars.Count == 0) continue;
            var series = plot.Add.Bars(bars);
            series.LegendText = metricLabel(Metrics[m]);
        }
        plot.Axes.Bottom.SetTicks(years.Select((_, i) => i * 4 + 1.0).ToArray(), years.Select(y => y.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray());
        plot.Axes.Margins(bottom: 0);
        plot.Title(caption, 12);
        plot.ShowLegend(Alignment.UpperLeft);
        return plot.GetImageBytes(900, 500, ImageFormat.Png);
    }
}
