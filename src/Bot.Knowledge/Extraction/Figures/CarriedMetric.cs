using Bot.Knowledge.Metrics;

namespace Bot.Knowledge.Extraction.Figures;

/// <summary>The metric an earlier sentence named, for the money amounts after <paramref name="From"/> (the word that refers back to it).</summary>
internal sealed record CarriedMetric(MetricDefinition Metric, int From);
