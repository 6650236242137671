namespace Bot.Knowledge.Metrics;

/// <summary>Where a text names a kind of figure: the family, how the cue relates to a direction, and its span.</summary>
public sealed record MetricMention(int Index, int Length, MetricFamily Family, FlowRole Role)
{
    public int End => Index + Length;
}
