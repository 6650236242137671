using Bot.Knowledge.Extraction.Vocabulary;

namespace Bot.Knowledge.Text;

/// <summary>
/// The letters of the Cyrillic alphabets as the code needs them (embedded alphabet.json): which letters mark a
/// language, which fold to another, the vowels, and the spellings of each letter in the Latin script and back.
/// </summary>
public static class Alphabet
{
    internal sealed record AlphabetFile(
        Dictionary<string, string> Folds, string KazakhLetters, string RussianLetters, string Vowels, string FinalVowels,
        string HardSign, string SoftVowels, Dictionary<string, string> ToLatin, Dictionary<string, string> ToLatinAfterVowel,
        List<string[]> FromLatin, LatinYFile LatinY, string LatinVowels, List<string[]> LatinVariants, List<string[]> Skeleton,
        List<string[]> CyrillicGlides);

    internal sealed record LatinYFile(string AfterVowel, string AfterConsonant);

    static readonly AlphabetFile File = VocabularyFile.LoadAsWritten<AlphabetFile>("alphabet.json");

    // Parallel strings: the letter at FoldFrom[i] is compared as FoldTo[i].
    static readonly string FoldFrom = string.Concat(File.Folds.Keys);
    static readonly string FoldTo = string.Concat(File.Folds.Values);

    /// <summary>The letter a lower-case letter is compared as ("ё" as "е"); any other character as itself.</summary>
    public static char Fold(char lower)
    {
        var i = FoldFrom.IndexOf(lower);
        return i < 0 ? lower : FoldTo[i];
    }

    /// <summary>A lower-case text with every folded letter replaced.</summary>
    public static string Fold(string lower)
    {
        for (var i = 0; i < FoldFrom.Length; i++) lower = lower.Replace(FoldFrom[i], FoldTo[i]);
        return lower;
    }

    /// <summary>For a letter other letters fold to, a regex class of it and them ("[её]"); else null.</summary>
    public static string? FoldClass(char folded)
    {
        var sources = string.Concat(FoldFrom.Where((_, i) => FoldTo[i] == folded));
        return sources.Length == 0 ? null : $"[{folded}{sources}]";
    }

    /// <summary>A letter only Kazakh writes (lower case).</summary>
    public static bool IsKazakhLetter(char lower) => File.KazakhLetters.Contains(lower);

    /// <summary>A letter Russian writes and Bulgarian does not (lower case).</summary>
    public static bool IsRussianLetter(char lower) => File.RussianLetters.Contains(lower);

    public static bool IsVowel(char lower) => File.Vowels.Contains(lower);

    /// <summary>A letter a Slavic name's case ending can end in.</summary>
    public static bool IsFinalVowel(char lower) => File.FinalVowels.Contains(lower);

    public static char HardSign { get; } = File.HardSign.Single();

    /// <summary>The vowels Russian writes a hard sign before ("объём").</summary>
    public static bool IsSoftVowel(char lower) => File.SoftVowels.Contains(lower);

    internal static IReadOnlyDictionary<char, string> ToLatin { get; } = File.ToLatin.ToDictionary(p => p.Key.Single(), p => p.Value);

    internal static IReadOnlyDictionary<char, string> ToLatinAfterVowel { get; } = File.ToLatinAfterVowel.ToDictionary(p => p.Key.Single(), p => p.Value);

    internal static IReadOnlyList<(string Latin, string Cyrillic)> FromLatin { get; } = [.. File.FromLatin.Select(r => (r[0], r[1]))];

    public static bool IsLatinVowel(char lower) => File.LatinVowels.Contains(lower);

    /// <summary>Other usual Latin spellings of a transliterated name's letter groups ("kh" also "h").</summary>
    internal static IReadOnlyList<(string From, string To)> LatinVariants { get; } = [.. File.LatinVariants.Select(r => (r[0], r[1]))];

    /// <summary>Cyrillic letter groups written with and without a glide between two vowels ("ия" / "иа"), both ways.</summary>
    internal static IReadOnlyList<(string From, string To)> CyrillicGlides { get; } = [.. File.CyrillicGlides.Select(r => (r[0], r[1]))];

    /// <summary>Latin letter groups replaced, in order, to make a name's spelling-blind key ("kh" → "h", "y" → "i").</summary>
    internal static IReadOnlyList<(string From, string To)> Skeleton { get; } = [.. File.Skeleton.Select(r => (r[0], r[1]))];

    internal static string LatinYAfterVowel => File.LatinY.AfterVowel;

    internal static string LatinYAfterConsonant => File.LatinY.AfterConsonant;
}
