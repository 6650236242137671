using Bot.Knowledge.Model;

namespace Bot.Knowledge.Entities;

/// <summary>A known entity's name where it stands in a text (character offsets), with the alias that matched it.</summary>
public sealed record EntitySpan(Entity Entity, string Alias, int Start, int Length, int KeyCount)
{
    public int End => Start + Length;

    /// <summary>The order it was found in, so that of two equally good readings the first found is kept.</summary>
    internal int Order { get; init; }
}
