using System.Text;

namespace Bot.Knowledge.Text;

/// <summary>Cyrillic (Russian, Bulgarian, Kazakh) to a plain Latin spelling, so "Темирбаев" can find "Temirbayev".</summary>
public static class Transliterator
{
    static readonly IReadOnlyDictionary<char, string> Map = Alphabet.ToLatin;

    public static string ToLatin(string folded)
    {
        var sb = new StringBuilder(folded.Length + 4);
        foreach (var c in folded) sb.Append(Map.TryGetValue(c, out var s) ? s : c.ToString());
        return sb.ToString();
    }
}
