using System.Collections;

namespace Bot.Knowledge.Extraction;

/// <summary>
/// The characters of a text that earlier matches already cover. Asking whether a span overlaps them costs the span's
/// length, not the number of matches so far: with a list of spans, a text holding thousands of amounts or years made
/// every finder quadratic.
/// </summary>
public sealed class CoveredSpans(int textLength)
{
    readonly BitArray _covered = new(textLength);

    public bool Overlaps(int start, int length)
    {
        for (var k = Math.Max(0, start); k < Math.Min(_covered.Length, start + length); k++)
            if (_covered[k]) return true;
        return false;
    }

    public void Add(int start, int length)
    {
        for (var k = Math.Max(0, start); k < Math.Min(_covered.Length, start + length); k++) _covered[k] = true;
    }

    /// <summary>Covers the span unless part of it is covered already; false then.</summary>
    public bool TryAdd(int start, int length)
    {
        if (Overlaps(start, length)) return false;
        Add(start, length);
        return true;
    }
}
