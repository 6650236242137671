namespace Bot.Knowledge.Text;

/// <summary>
/// A deliberately crude, language-agnostic stemmer: strip one common ending, then keep at most six letters.
/// FTS5 has no Russian, Bulgarian or Kazakh stemming; six-letter keys make "переговоры/переговорах",
/// "Болгарии/Болгария" and "memorandum/memoranda" meet, and the same function runs at index and query time.
/// </summary>
public static class Stemmer
{
    public const int KeyLength = 6;

    static readonly string[] CyrillicEndings =
    [
        // Kazakh plural + case, then case endings
        "лардың", "лердің", "лардан", "лерден", "ларға", "лерге", "ларда", "лерде", "ларды", "лерді", "лары", "лері",
        "ның", "нің", "дың", "дің", "тың", "тің", "нда", "нде", "лар", "лер", "дар", "дер", "тар", "тер",
        // Russian
        "ами", "ями", "ого", "его", "ому", "ему", "ыми", "ими", "ией", "иях", "иям",
        // Bulgarian articles
        "ите", "ата", "ята", "ото", "ето", "ът", "ят",
        "ах", "ях", "ов", "ев", "ей", "ой", "ом", "ем", "ам", "ям", "ую", "юю", "ая", "яя", "ое", "ее", "ые", "ие",
        "ый", "ий", "ых", "их", "ым", "им", "ия", "ию", "ии",
        "ға", "ге", "қа", "ке", "да", "де", "ды", "ді", "ты", "ті", "ны", "ні", "сы", "сі", "ын", "ін",
        "та", "то", "те",
        "а", "я", "ы", "и", "е", "у", "ю", "о", "ь", "й", "ә",
    ];

    // The endings above grouped by their last letter, each group in the order above: the first that fits still wins,
    // but a word is only compared with the endings it could have.
    static readonly Dictionary<char, string[]> EndingsByLastLetter = CyrillicEndings
        .GroupBy(e => e[^1]).ToDictionary(g => g.Key, g => g.ToArray());

    /// <summary>Stem of an already folded word.</summary>
    public static string Stem(string folded)
    {
        if (folded.Length <= 2 || char.IsDigit(folded[0])) return folded;
        var stem = TextNormalizer.IsCyrillic(folded) ? StripCyrillic(folded) : StripLatin(folded);
        return stem.Length > KeyLength ? stem[..KeyLength] : stem;
    }

    static string StripCyrillic(string w)
    {
        if (!EndingsByLastLetter.TryGetValue(w[^1], out var endings)) return w;
        foreach (var ending in endings)
        {
            if (!w.EndsWith(ending, StringComparison.Ordinal)) continue;
            // Surnames in -ев/-ов keep their suffix unless a long stem remains: "Радев" must not become "рад" ("glad").
            var minimum = ending is "ев" or "ов" ? 4 : 3;
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
