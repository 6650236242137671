using System.Text.Json.Serialization;
using Bot.Knowledge.Model;

namespace Bot.Knowledge.Tests.Figures;

/// <summary>One figure of the hand-read gold file: what a document states, as the store should hold it.</summary>
internal sealed record GoldFigure(
    string Doc, string Metric, string? Direction, string Period, double Value, string Scale, string Unit, string Qualifier,
    [property: JsonPropertyName("growth_factor")] double? GrowthFactor, [property: JsonPropertyName("growth_percent")] double? GrowthPercent, string Quote)
{
    public Period ParsedPeriod => Model.Period.TryParse(Period, out var p) ? p : throw new FormatException($"gold period '{Period}'");

    public bool Matches(string doc, Figure f) =>
        doc == Doc && f.Metric == Metric && f.Period == ParsedPeriod && Math.Abs(f.Value - Value) < 1e-9
        && f.Scale == Scale && f.Unit == Unit && f.Qualifier == Qualifier && f.Direction == Direction;

    public override string ToString() => $"{Doc}: {Metric} {Period} {Qualifier} {Value} {Scale} {Unit} «{Quote}»";
}

internal sealed record GoldFile(List<GoldFigure> Figures);
