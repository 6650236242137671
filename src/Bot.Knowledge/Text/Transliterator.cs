using System.Text;

namespace Bot.Knowledge.Text;

/// <summary>Cyrillic (Russian, Bulgarian, Kazakh) to a plain Latin spelling, so "Темирбаев" can find "Temirbayev".</summary>
public static class Transliterator
{
    static readonly Dictionary<char, string> Map = new()
    {
        ['а'] = "a", ['б'] = "b", ['в'] = "v", ['г'] = "g", ['д'] = "d", ['е'] = "e", ['ж'] = "zh", ['з'] = "z",
        ['и'] = "i", ['й'] = "y", ['к'] = "k", ['л'] = "l", ['м'] = "m", ['н'] = "n", ['о'] = "o", ['п'] = "p",
        ['р'] = "r", ['с'] = "s", ['т'] = "t", ['у'] = "u", ['ф'] = "f", ['х'] = "kh", ['ц'] = "ts", ['ч'] = "ch",
        ['ш'] = "sh", ['щ'] = "sht", ['ъ'] = "a", ['ы'] = "y", ['ь'] = "", ['э'] = "e", ['ю'] = "yu", ['я'] = "ya",
        ['ә'] = "a", ['ғ'] = "g", ['қ'] = "k", ['ң'] = "n", ['ө'] = "o", ['ұ'] = "u", ['ү'] = "u", ['һ'] = "h", ['і'] = "i",
    };

    public static string ToLatin(string folded)
    {
        var sb = new StringBuilder(folded.Length + 4);
        foreach (var c in folded) sb.Append(Map.TryGetValue(c, out var s) ? s : c.ToString());
        return sb.ToString();
    }
}
