using Bot.Knowledge.Metrics;

namespace Bot.Knowledge.Model;

/// <summary>A number a source states for a metric and a period, with its qualifier ("more than", "about").</summary>
public sealed record Figure(
    long Id, string Metric, Period Period, double Value, string Scale, string Unit, string Qualifier,
    double? GrowthFactor, double? GrowthPercent, string? ComparedTo, string Evidence, string? FactId, SourceRef Source)
{
    public double AbsoluteValue => Value * ScaleFactor(Scale);

    /// <summary><c>kz_to_bg</c>, <c>bg_to_kz</c> or null, as the metric catalogue defines the metric.</summary>
    public string? Direction => MetricCatalog.Default.Find(Metric)?.Direction;

    public static double ScaleFactor(string scale) => scale switch
    {
        "thousand" => 1e3,
        "million" => 1e6,
        "billion" => 1e9,
        _ => 1,
    };
}
