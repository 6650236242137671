namespace Bot.Knowledge.Entities;

/// <summary>
/// A personal name as a sentence writes it: where it stands, its parts as written, the nominative forms its surname may
/// stand for (most likely first), and the title around it ("President of Bulgaria", "аким Уральска") with where that
/// title starts (before the name) or ends (after it).
/// </summary>
public sealed record PersonName(
    int Start, int Length, IReadOnlyList<string> GivenParts, string WrittenSurname, IReadOnlyList<string> SurnameBases,
    string? TitleBefore, string? TitleAfter, int TitleBeforeStart = -1, int TitleAfterEnd = -1)
{
    /// <summary>A surname standing alone that is a name only if the document gives it in full somewhere (see <see cref="EntityLearner"/>).</summary>
    public bool NeedsFullName { get; init; }

    public int End => Start + Length;
}
