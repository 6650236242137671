using Bot.Knowledge.Extraction.Vocabulary;

namespace Bot.Knowledge.Text;

/// <summary>The words and endings that tell Russian from Bulgarian (embedded language-guess.json).</summary>
internal static class LanguageGuessWords
{
    sealed record GuessFile(List<string> KazakhWords, Dictionary<string, List<string>> FunctionWords, Dictionary<string, List<string>> Endings, List<string> ArticleEndings,
        Dictionary<string, List<string>> LatinFunctionWords);

    static readonly GuessFile File = VocabularyFile.Load<GuessFile>("language-guess.json");

    public static readonly HashSet<string> Bulgarian = [.. File.FunctionWords["bg"]];
    public static readonly HashSet<string> Russian = [.. File.FunctionWords["ru"]];

    /// <summary>Kazakh words written with no letter of Kazakh's own ("ал", "жылы"), which neither Russian nor Bulgarian writes.</summary>
    public static readonly HashSet<string> Kazakh = [.. File.KazakhWords];

    /// <summary>The function words of each language as a text in Latin letters writes them: English's own, the others' transliterated ("skolko", "godu").</summary>
    public static readonly IReadOnlyDictionary<string, HashSet<string>> Latin = LatinWords();

    static Dictionary<string, HashSet<string>> LatinWords()
    {
        var latin = File.LatinFunctionWords.ToDictionary(p => p.Key, p => p.Value.ToHashSet(StringComparer.Ordinal), StringComparer.Ordinal);
        foreach (var (lang, words) in File.FunctionWords)
            latin[lang] = words.Select(w => Transliterator.ToLatin(Alphabet.Fold(w))).ToHashSet(StringComparer.Ordinal);
        return latin;
    }

    static readonly (string Ending, int MinLength)[] BulgarianEndings = Endings("bg");
    static readonly (string Ending, int MinLength)[] RussianEndings = Endings("ru");

    /// <summary>Bulgarian definite-article endings ("-ът", "-ят").</summary>
    public static readonly string[] ArticleEndings = [.. File.ArticleEndings];

    public static bool HasBulgarianEnding(string word) => HasEnding(word, BulgarianEndings);

    public static bool HasRussianEnding(string word) => HasEnding(word, RussianEndings);

    static bool HasEnding(string word, (string Ending, int MinLength)[] endings)
    {
        foreach (var (ending, minLength) in endings)
            if (word.Length >= minLength && word.EndsWith(ending, StringComparison.Ordinal)) return true;
        return false;
    }

    // "??ую": the ending "ую", in a word of at least four letters.
    static (string, int)[] Endings(string lang) =>
        [.. File.Endings[lang].Select(e => (e.TrimStart('?'), e.Length))];
}
