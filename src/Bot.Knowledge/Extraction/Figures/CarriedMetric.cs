using Bot.Knowledge.Metrics;

namespace Bot.Knowledge.Extraction.Figures;

/// <summary>
/// The metric an earlier sentence named, for the amounts of its kind (money, or a quantity such as tonnes of cargo) after
/// <paramref name="From"/> (the word that refers back to it).
/// </summary>
internal sealed record CarriedMetric(MetricDefinition Metric, int From, FigureKind Kind);
