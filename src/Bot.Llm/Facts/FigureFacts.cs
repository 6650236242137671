using System.Globalization;
using Bot.Knowledge.Model;
using Bot.Knowledge.Search;

namespace Bot.Llm.Facts;

/// <summary>
/// Stated figures of one metric as facts, plus the change between consecutive whole years computed here: the model is
/// told never to compute, so any ratio it states must come from one of these.
/// </summary>
public sealed class FigureFacts(FigureReader figures)
{
    public const int MaxFigures = 12;

    public IReadOnlyList<string> Metrics() => figures.All().Select(f => f.Metric).Distinct().Order(StringComparer.Ordinal).ToList();

    public IReadOnlyList<Period> PeriodsOf(string metric) =>
        figures.All().Where(f => f.Metric == metric).Select(f => f.Period).Distinct().OrderBy(p => p.StartKey, StringComparer.Ordinal).ToList();

    public IReadOnlyList<Fact> For(string metric, IReadOnlyList<Period> periods)
    {
        var chosen = figures.All().Where(f => f.Metric == metric && (periods.Count == 0 || periods.Any(p => Covers(p, f.Period))))
            .OrderByDescending(f => f.Period.EndKey, StringComparer.Ordinal).ThenBy(f => f.Id).Take(MaxFigures).ToList();
        return [.. chosen.Select(Describe), .. Changes(chosen)];
    }

    /// <summary>An asked period covers a figure's when they overlap; a period with no year (year 0) matches on months.</summary>
    static bool Covers(Period asked, Period figure) =>
        asked.StartYear == 0
            ? figure.StartMonth == asked.StartMonth && figure.EndMonth == asked.EndMonth
            : string.CompareOrdinal(figure.StartKey, asked.EndKey) <= 0 && string.CompareOrdinal(asked.StartKey, figure.EndKey) <= 0;

    public static Fact Describe(Figure f)
    {
        var fields = new List<FactField>
        {
            FactField.Of("metric", f.Metric),
            FactField.Of("period", f.Period.ToString()),
            FactField.Of("amount", Amount(f.Value, f.Scale, f.Unit)),
        };
        if (f.Qualifier != "exact") fields.Add(FactField.Of("qualifier", f.Qualifier.Replace('_', ' ')));
        if (f.GrowthFactor is { } g) fields.Add(FactField.Of("growth", $"{Number(g)} times {f.ComparedTo ?? "the earlier period"}"));
        if (f.GrowthPercent is { } p) fields.Add(FactField.Of("growth", $"{Number(p)}% on {f.ComparedTo ?? "the earlier period"}"));
        fields.Add(FactField.Of("evidence", FactText.Clean(f.Evidence)));
        fields.Add(FactField.Of("source", f.Source.Title));
        if (f.Source.Published is { } published) fields.Add(FactField.Of("published", published));
        return new Fact(FactKinds.Figure + f.Id.ToString(CultureInfo.InvariantCulture), "figure", fields, [f.Source]);
    }

    static IEnumerable<Fact> Changes(List<Figure> chosen)
    {
        var years = chosen.Where(f => f.Period.IsWholeYear && f.Qualifier == "exact")
            .GroupBy(f => f.Period.StartYear).OrderBy(g => g.Key).ToList();
        for (var i = 1; i < years.Count; i++)
        {
            var from = years[i - 1].OrderBy(f => f.Id).First();
            var to = years[i].OrderBy(f => f.Id).Last();
            if (from.AbsoluteValue == 0 || from.Unit != to.Unit) continue;
            var ratio = to.AbsoluteValue / from.AbsoluteValue;
            var percent = (ratio - 1) * 100;
            var fromId = FactKinds.Figure + from.Id.ToString(CultureInfo.InvariantCulture);
            var toId = FactKinds.Figure + to.Id.ToString(CultureInfo.InvariantCulture);
            yield return new Fact($"{FactKinds.Computed}:{fromId}:{toId}", "computed",
            [
                FactField.Of("what", $"change of {from.Metric} from {from.Period} to {to.Period}, computed from {fromId} and {toId}"),
                FactField.Of("ratio", $"{Number(Math.Round(ratio, 2))} times"),
                FactField.Of("change", $"{(percent >= 0 ? "+" : "")}{Number(Math.Round(percent, 1))}%"),
            ], [from.Source, to.Source]);
        }
    }

    static string Amount(double value, string scale, string unit)
    {
        var n = Number(value);
        var scaled = scale is "thousand" or "million" or "billion" ? $"{n} {scale}" : n;
        return unit switch
        {
            "percent" => scaled + "%",
            "count" => scaled,
            _ => $"{scaled} {unit.Replace('_', ' ')}",
        };
    }

    static string Number(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);
}
