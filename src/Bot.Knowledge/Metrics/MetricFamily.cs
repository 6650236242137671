namespace Bot.Knowledge.Metrics;

/// <summary>
/// The words a text uses for one kind of figure (trade flows, investment, companies…) and the metric each direction
/// resolves to. Extraction reads these; questions use <see cref="MetricCatalog.FindInQuestion"/>, with the family's
/// question-only cues too: "how much did Bulgaria sell to Kazakhstan" asks for a flow, where a text's "sold a stake for
/// $X" states none.
/// </summary>
public sealed record MetricFamily(
    string Name, FigureKind Kind, IReadOnlyDictionary<string, string> Members, string? DefaultOwner, CueMatcher<bool>? Context,
    CueMatcher<FlowRole> Cues, IReadOnlyList<(string Name, CueMatcher<bool> Cue, IReadOnlyDictionary<string, string> Members)> Commodities,
    CueMatcher<FlowRole>? QuestionCues = null)
{
    public bool IsDirectional => !Members.ContainsKey("");

    /// <summary>
    /// The family whose figures the items of this one's breakdown are once their way is stated (metrics.json "parts"):
    /// a good of a trade table written "Crude oil (KZ→BG)" is an export of that good, not a part of the turnover.
    /// </summary>
    public string? Parts { get; init; }

    /// <summary>The metric for a direction (or the family's only metric); null when the family has none for it.</summary>
    public string? MetricFor(string? direction) =>
        Members.TryGetValue(direction ?? "", out var key) ? key : Members.TryGetValue("", out var only) ? only : null;

    /// <summary>The series, by direction, of the good <paramref name="metric"/> measures ("oil exports": oil's); null when it measures the whole family's trade.</summary>
    public IReadOnlyDictionary<string, string>? GoodsSeriesOf(string metric) =>
        Commodities.FirstOrDefault(c => c.Members.Values.Contains(metric)).Members;
}

/// <summary>What a stated amount is: money, a count of things, a percentage, or a quantity in a unit of measure (tonnes, km).</summary>
public enum FigureKind { Money, Count, Percent, Quantity }

/// <summary>
/// How the owner named beside a cue relates to the direction: "Kazakh exports" go from the owner, "Kazakh imports"
/// come to it, "Bulgarian investment" and "Bulgarian companies" come from it; neutral cues have no direction.
/// </summary>
public enum FlowRole { Neutral, Export, Import, Holder }
