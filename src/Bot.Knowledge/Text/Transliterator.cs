using System.Text;

namespace Bot.Knowledge.Text;

/// <summary>Cyrillic (Russian, Bulgarian, Kazakh) to a plain Latin spelling, so "Темирбаев" can find "Temirbayev".</summary>
public static class Transliterator
{
    static readonly IReadOnlyDictionary<char, string> Map = Alphabet.ToLatin;

    public static string ToLatin(string folded)
    {
        var sb = new StringBuilder(folded.Length + 4);
        foreach (var c in folded) Append(sb, c);
        return sb.ToString();
    }

    /// <summary>How long <see cref="ToLatin"/> spells <paramref name="folded"/>, without spelling it.</summary>
    public static int LatinLength(string folded)
    {
        var length = 0;
        foreach (var c in folded) length += Map.TryGetValue(c, out var s) ? s.Length : 1;
        return length;
    }

    /// <summary>One folded letter's Latin spelling, appended (the letter itself when it has none).</summary>
    public static void Append(StringBuilder sb, char c)
    {
        if (Map.TryGetValue(c, out var s)) sb.Append(s);
        else sb.Append(c);
    }
}
