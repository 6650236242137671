namespace Bot.Llm.Facts;

/// <summary>The id prefixes of facts. The model cites "[F12]"; the grounding check and the citation resolver read them back.</summary>
public static class FactKinds
{
    public const string Figure = "F";
    public const string Agreement = "A";
    public const string Passage = "P";
    public const string Entity = "E";
    public const string Computed = "C";

    /// <summary>An id as it appears in an answer: one of the prefixes and a number.</summary>
    public const string IdPattern = "[FAPEC][0-9]+";
}
