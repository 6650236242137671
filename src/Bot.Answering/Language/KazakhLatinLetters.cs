using System.Text;
using Bot.Answering.Lexicon;
using Bot.Knowledge.Text;

namespace Bot.Answering.Language;

/// <summary>
/// The letters of Kazakh typed in Latin, however it is spelt (the alphabets of 2021 and 2018, informal ASCII), from
/// kazakh-latin-questions.json: the loose key every spelling of a word shares, and a Cyrillic spelling by vowel harmony
/// for a word (or the endings of one) no vocabulary lists.
/// </summary>
public static class KazakhLatinLetters
{
    sealed record LettersFile(List<string[]> KeyLetters, string MergedKey, List<string[]> Spelling, string FrontVowels, string BackVowels,
        Dictionary<string, string>? BeforeVowel, bool FrontByDefault, string BackG, string BackK, string Alphabet2021);

    static readonly LettersFile File = EmbeddedJson.Load<LettersFile>("kazakh-latin-questions.json");

    // Longest groups first, so "sh" is read before "s".
    static readonly (string Latin, string Key)[] KeyGroups = [.. File.KeyLetters.Select(g => (g[0], g[1])).OrderByDescending(g => g.Item1.Length)];

    static readonly (string Latin, string Back, string Front, string? AfterVowel)[] SpellGroups = [.. File.Spelling
        .Select(g => (g[0], g[1], g.Length > 2 ? g[2] : g[1], g.Length > 3 ? g[3] : null))
        .OrderByDescending(g => g.Item1.Length)];

    static readonly HashSet<char> LatinVowels = [.. SpellGroups.Where(g => g.Latin.Length == 1 && Alphabet.IsVowel(g.Back[0])).Select(g => g.Latin[0])];

    /// <summary>A letter only the alphabet of 2021 writes ("ş", "ğ"): a text holding one is read in that alphabet.</summary>
    public static bool Has2021Letter(string lower) => lower.AsSpan().IndexOfAny(File.Alphabet2021) >= 0;

    /// <summary>A lower-case Latin word cut into letters, each with the loose key every spelling shares ("zhyly" → j, i, l, i).</summary>
    public static List<(string Key, int Start)> Units(string lower)
    {
        var units = new List<(string Key, int Start)>(lower.Length);
        var i = 0;
        while (i < lower.Length)
        {
            var (latin, key) = KeyGroups.FirstOrDefault(g => string.CompareOrdinal(lower, i, g.Latin, 0, g.Latin.Length) == 0);
            if (latin is null) { latin = lower[i].ToString(); key = latin; }
            // "iya", "ıa", "ия" spelt "iia": a run of i-letters is one, however many a spelling writes.
            if (!(key == File.MergedKey && units.Count > 0 && units[^1].Key == File.MergedKey)) units.Add((key, i));
            i += latin.Length;
        }
        return units;
    }

    /// <summary>The loose key of a lower-case Latin word.</summary>
    public static string Key(string lower) => string.Concat(Units(lower).Select(u => u.Key));

    /// <summary>The loose key of a Cyrillic Kazakh word, through its spelling in the alphabet of 2021.</summary>
    public static string KeyOfCyrillic(string folded) => Key(KazakhLatin.ToLatin(folded));

    /// <summary>Whether a Cyrillic word's last vowel is a front one (it takes "-нің", "-ге", not "-ның", "-ға").</summary>
    public static bool EndsFront(string cyrillic)
    {
        for (var i = cyrillic.Length - 1; i >= 0; i--)
        {
            if (File.FrontVowels.Contains(cyrillic[i])) return true;
            if (File.BackVowels.Contains(cyrillic[i])) return false;
        }
        return File.FrontByDefault;
    }

    /// <summary>
    /// A lower-case Latin word in Cyrillic letter by letter ("isteidi" → "істейді", "Bolgariyaga" → "болгарияға"); as
    /// endings after a stem (<paramref name="stemFront"/> its harmony), every "g" and "k" follows the stem ("-ға", "-қа").
    /// </summary>
    public static string Spell(string lower, bool? stemFront = null)
    {
        if (Has2021Letter(lower)) return KazakhLatin.ToCyrillic(lower);
        var sb = new StringBuilder(lower.Length + 2);
        var i = 0;
        while (i < lower.Length)
        {
            var g = SpellGroups.FirstOrDefault(s => string.CompareOrdinal(lower, i, s.Latin, 0, s.Latin.Length) == 0);
            if (g.Latin is null) { sb.Append(lower[i++]); continue; }
            var front = FrontAt(lower, i, stemFront);
            var afterVowel = i > 0 && LatinVowels.Contains(lower[i - 1]);
            var letter = afterVowel && g.AfterVowel is { } v ? v : front ? g.Front : g.Back;
            if (i + g.Latin.Length < lower.Length && LatinVowels.Contains(lower[i + g.Latin.Length]) && File.BeforeVowel?.GetValueOrDefault(g.Latin) is { } beforeVowel)
                letter = beforeVowel;
            if (!front && g.Latin == "g" && (stemFront is not null || BetweenVowels(lower, i))) letter = File.BackG;
            else if (!front && g.Latin == "k" && stemFront is not null) letter = File.BackK;
            sb.Append(letter);
            i += g.Latin.Length;
        }
        return sb.ToString();
    }

    // "Bolgariyaga", "ortalygy": a g between vowels, or opening the word's last syllable ("-ga"), is one of an ending.
    static bool BetweenVowels(string lower, int i) =>
        i + 1 < lower.Length && LatinVowels.Contains(lower[i + 1]) && (i > 0 && LatinVowels.Contains(lower[i - 1]) || i + 2 == lower.Length);

    // An i, u or y takes the harmony of the nearest clear vowel before it, else after it, else the stem's or the default.
    static bool FrontAt(string lower, int i, bool? stemFront)
    {
        for (var j = i - 1; j >= 0; j--)
        {
            if (File.FrontVowels.Contains(lower[j])) return true;
            if (File.BackVowels.Contains(lower[j])) return false;
        }
        if (stemFront is { } s) return s;
        for (var j = i; j < lower.Length; j++)
        {
            if (File.FrontVowels.Contains(lower[j])) return true;
            if (File.BackVowels.Contains(lower[j])) return false;
        }
        return File.FrontByDefault;
    }
}
