using Bot.Knowledge.Model;

namespace Bot.Llm.Facts;

/// <summary>
/// One thing the model is told, under an id it cites ("F12" a figure, "A3" an agreement, "P45" a passage,
/// "E1" an entity, "C1" a value our code computed). The model sees the fields, never a URL: the code turns a cited
/// id back into its sources, so a link cannot be invented.
/// </summary>
public sealed record Fact(string Id, string Type, IReadOnlyList<FactField> Fields, IReadOnlyList<SourceRef> Sources)
{
    /// <summary>Known entities this fact names as parties (or is), for the grounding check of names.</summary>
    public IReadOnlyList<string> EntityIds { get; init; } = [];

    /// <summary>Every text value the model saw for this fact, lists flattened.</summary>
    public IEnumerable<string> Texts() => Fields.SelectMany(f => f.Values);
}

/// <summary>A named value of a fact: one text, or a list of texts (parties, sources).</summary>
public sealed record FactField(string Name, IReadOnlyList<string> Values, bool IsList = false)
{
    public static FactField Of(string name, string value) => new(name, [value]);

    public static FactField List(string name, IEnumerable<string> values) => new(name, values.ToList(), IsList: true);
}
