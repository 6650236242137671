using Bot.Knowledge.Extraction.Vocabulary;
using Bot.Knowledge.Text;

namespace Bot.Knowledge.Entities;

/// <summary>
/// The key names are compared by: one case, plural or article ending off a Cyrillic word (from names.json), an English
/// plural off a Latin one, then at most six letters. Deliberately crude and the same in every language, so "Шымкентом",
/// "Шымкентпен" and "Shymkent" meet, and independent of the search index's stemmers, which read words of one language.
/// </summary>
public static class NameKey
{
    public const int Length = 6;

    sealed record EndingsFile(List<string> AliasEndings, List<string> AliasEndingsLongStem);

    static readonly EndingsFile File = VocabularyFile.Load<EndingsFile>("names.json");

    static readonly Dictionary<char, string[]> EndingsByLastLetter = File.AliasEndings
        .GroupBy(e => e[^1]).ToDictionary(g => g.Key, g => g.ToArray());

    static readonly HashSet<string> LongStemEndings = new(File.AliasEndingsLongStem, StringComparer.Ordinal);

    /// <summary>The key of an already folded word.</summary>
    public static string Of(string folded)
    {
        if (folded.Length <= 2 || char.IsDigit(folded[0])) return folded;
        var stem = TextNormalizer.IsCyrillic(folded) ? StripCyrillic(folded) : StripLatin(folded);
        return stem.Length > Length ? stem[..Length] : stem;
    }

    static string StripCyrillic(string w)
    {
        if (!EndingsByLastLetter.TryGetValue(w[^1], out var endings)) return w;
        foreach (var ending in endings)
        {
            if (!w.EndsWith(ending, StringComparison.Ordinal)) continue;
            // Surnames in -ев/-ов keep their suffix unless a long stem remains: "Радев" must not become "рад".
            var minimum = LongStemEndings.Contains(ending) ? 4 : 3;
            if (w.Length - ending.Length >= minimum) return w[..^ending.Length];
        }
        return w;
    }

    static string StripLatin(string w)
    {
        if (w.Length > 4 && w.EndsWith("ies", StringComparison.Ordinal)) return w[..^3] + "y";
        if (w.Length > 4 && (w.EndsWith("ses", StringComparison.Ordinal) || w.EndsWith("xes", StringComparison.Ordinal) || w.EndsWith("ches", StringComparison.Ordinal) || w.EndsWith("shes", StringComparison.Ordinal)))
            return w[..^2];
        if (w.Length > 3 && w[^1] == 's' && w[^2] is not ('s' or 'u' or 'i')) w = w[..^1];
        if (w.Length > 5 && w.EndsWith("ing", StringComparison.Ordinal)) return w[..^3];
        if (w.Length > 4 && w.EndsWith("ed", StringComparison.Ordinal)) return w[..^2];
        return w;
    }
}
