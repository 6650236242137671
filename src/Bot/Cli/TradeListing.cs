using System.Globalization;
using System.Text;
using Bot.Answering.Composing;
using Bot.Answering.Localization;
using Bot.Knowledge.Metrics;
using Bot.Knowledge.Model;

namespace Bot.Cli;

/// <summary>
/// The text of the `trade` verb: a heading, then each metric (catalogue order) with each period once and every value
/// its sources state for it, marked with numbered sources listed at the end with readable links.
/// </summary>
public static class TradeListing
{
    public static string Render(IReadOnlyList<Figure> figures, string lang)
    {
        var catalog = MetricCatalog.Default;
        var text = new StringBuilder(catalog.Text("title", lang)).Append('\n');
        if (figures.Count == 0) return text.Append("—\n").ToString();
        var book = new CitationBook();
        var byMetric = figures.GroupBy(f => f.Metric)
            .OrderBy(g => catalog.Find(g.Key)?.Order ?? int.MaxValue).ThenBy(g => g.Key, StringComparer.Ordinal);
        foreach (var metric in byMetric)
        {
            text.Append('\n').Append(catalog.Label(metric.Key, lang)).Append('\n');
            var periods = metric.GroupBy(f => f.Period).OrderBy(g => g.Key.StartKey, StringComparer.Ordinal).ThenBy(g => g.Key.EndKey, StringComparer.Ordinal)
                .Select(g => (Label: Formats.Period(g.Key, lang), Figures: g.ToList())).ToList();
            var width = periods.Max(p => p.Label.Length);
            foreach (var (label, group) in periods)
            {
                var values = group.GroupBy(f => (f.Value, f.Scale, f.Unit, f.Qualifier))
                    .Select(v => $"{Formats.Amount(v.First(), lang)}{Growth(v, lang)} {book.Mark(v.Select(f => f.Source))}");
                text.Append("  ").Append(label.PadRight(width)).Append("  ").Append(string.Join("; ", values)).Append('\n');
            }
        }
        text.Append('\n').Append(Texts.Get(lang, "sources")).Append('\n');
        for (var i = 0; i < book.Citations.Count; i++)
        {
            var c = book.Citations[i];
            text.Append(CultureInfo.InvariantCulture, $"  [{i + 1}] {c.Title}").Append(c.Date is { } d ? $" ({d})" : "").Append(c.Url is { } u ? "  " + ReadableUrl(u) : "").Append('\n');
        }
        return text.ToString();
    }

    /// <summary>", ×3.9 vs 2023", ", +5.5%": growth as the sources state it; sources that differ each keep theirs.</summary>
    static string Growth(IEnumerable<Figure> same, string lang)
    {
        var stated = same.Where(f => f.GrowthFactor is not null || f.GrowthPercent is not null).Select(f =>
        {
            var growth = f.GrowthFactor is { } x ? "×" + x.ToString("0.##", CultureInfo.InvariantCulture)
                : (f.GrowthPercent >= 0 ? "+" : "−") + Math.Abs(f.GrowthPercent!.Value).ToString("0.##", CultureInfo.InvariantCulture) + "%";
            return Period.TryParse(f.ComparedTo, out var c)
                ? growth + " " + string.Format(CultureInfo.InvariantCulture, MetricCatalog.Default.Text("compared_with", lang), Formats.Period(c, lang))
                : growth;
        }).Distinct().ToList();
        return stated.Count == 0 ? "" : ", " + string.Join(" / ", stated);
    }

    /// <summary>A link as a person reads it: no scheme or "www.", percent-escapes decoded, long paths shortened.</summary>
    public static string ReadableUrl(string url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri)) return url;
        var host = uri.Host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? uri.Host[4..] : uri.Host;
        var path = Uri.UnescapeDataString(uri.AbsolutePath).TrimEnd('/');
        var readable = host + path;
        return readable.Length <= 90 ? readable : readable[..89] + "…";
    }
}
