using System.Text;
using Bot.Answering.Composing;
using Bot.Answering.Localization;
using Bot.Knowledge.Metrics;
using Bot.Knowledge.Search;
using Bot.Telegram.Charts;
using Bot.Telegram.Localization;
using Bot.Telegram.Rendering;
using Bot.Telegram.Routing;

namespace Bot.Telegram.Commands;

/// <summary>/trade — every trade figure the store has, by period with sources, and a chart of the yearly ones.</summary>
public sealed class TradeHandler(FigureReader figureReader) : ICommandHandler
{
    // The metrics metrics.json marks for the trade overview, in catalogue order.
    static readonly string[] Shown = [.. MetricCatalog.Default.Metrics.Where(m => m.InTradeList).Select(m => m.Key)];

    public string Command => "trade";

    public Task<Reply?> HandleAsync(HandlerContext ctx, CancellationToken ct)
    {
        var figures = figureReader.All().Where(f => Shown.Contains(f.Metric)).ToList();
        if (figures.Count == 0) return Task.FromResult<Reply?>(Reply.Text(Html.Escape(BotTexts.Get(ctx.Lang, "trade_empty"))));
        var book = new CitationBook();
        var text = new StringBuilder($"<b>{Html.Escape(BotTexts.Get(ctx.Lang, "trade_header"))}</b>\n");
        foreach (var metric in figures.GroupBy(f => f.Metric).OrderBy(g => Array.IndexOf(Shown, g.Key)))
        {
            text.Append("\n<b>").Append(Html.Escape(MetricCatalog.Default.Label(metric.Key, ctx.Lang))).Append("</b>\n");
            foreach (var period in metric.GroupBy(f => f.Period).OrderBy(g => g.Key.StartKey, StringComparer.Ordinal).ThenBy(g => g.Key.EndKey, StringComparer.Ordinal))
            {
                var values = period.GroupBy(f => (f.Value, f.Scale, f.Qualifier))
                    .Select(v => $"{Formats.Amount(v.First(), ctx.Lang)} {book.Mark(v.Select(f => f.Source))}");
                text.Append("• ").Append(Html.Escape($"{Formats.Period(period.Key, ctx.Lang)}: {string.Join("; ", values)}")).Append('\n');
            }
        }
        text.Append('\n').Append(AnswerRenderer.Sources(book.Citations, ctx.Lang));
        var data = TradeChartData.From(figures);
        var title = data is null ? "" : BotTexts.Get(ctx.Lang, "chart_caption", UnitOfMillions(data.Unit, ctx.Lang));
        var chart = TradeChart.Render(data, m => MetricCatalog.Default.Label(m, ctx.Lang), title);
        return Task.FromResult<Reply?>(Reply.Text(text.ToString()) with { Photo = chart, PhotoCaption = data is null ? null : Caption(data, title, ctx.Lang) });
    }

    /// <summary>"$ million", "млн долл. США": the unit the chart's axis is in.</summary>
    static string UnitOfMillions(string unit, string lang)
    {
        var million = Texts.Get(lang, "scale.million").Trim();
        return Texts.Has("unit." + unit) ? Texts.Get(lang, "unit." + unit, "", " " + million).Trim() : $"{million} {unit}";
    }

    static string Caption(TradeChartData data, string title, string lang)
    {
        var notes = new List<string> { title };
        if (data.Bars.Any(b => b.Approximate)) notes.Add(BotTexts.Get(lang, "chart_approximate"));
        if (data.OtherUnitFigures > 0) notes.Add(BotTexts.Get(lang, "chart_other_units"));
        return string.Join("\n", notes);
    }
}
