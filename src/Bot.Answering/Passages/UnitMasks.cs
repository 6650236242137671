using System.Numerics;
using Bot.Answering.Understanding;

namespace Bot.Answering.Passages;

/// <summary>
/// Which of a question's units each key stands for, as a bit mask: a word's units in one dictionary lookup. Only the
/// first 64 units get a bit; a question with more is no longer <see cref="Complete"/> and its masks say less.
/// </summary>
public sealed class UnitMasks
{
    readonly Dictionary<string, ulong> _masks = new(StringComparer.Ordinal);

    public UnitMasks(IReadOnlyList<QueryUnit> units)
    {
        Complete = units.Count <= 64;
        for (var i = 0; i < units.Count && i < 64; i++)
            foreach (var key in units[i].Keys)
                _masks[key] = _masks.GetValueOrDefault(key) | 1UL << i;
    }

    public bool Complete { get; }

    public ulong Of(string key) => _masks.GetValueOrDefault(key);

    public ulong Of(string[] keys)
    {
        ulong mask = 0;
        foreach (var key in keys) mask |= Of(key);
        return mask;
    }

    /// <summary>The units any of these words stands for (<see cref="WordKeys.OfText"/> gives a text's words).</summary>
    public ulong Held(IEnumerable<WordKeys.Entry> words)
    {
        ulong mask = 0;
        foreach (var word in words) mask |= Of(word.All);
        return mask;
    }

    public static IEnumerable<int> Units(ulong mask)
    {
        while (mask != 0)
        {
            yield return BitOperations.TrailingZeroCount(mask);
            mask &= mask - 1;
        }
    }

    public static int Count(ulong mask) => BitOperations.PopCount(mask);
}
