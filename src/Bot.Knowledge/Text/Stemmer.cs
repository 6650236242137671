using Lucene.Net.Analysis.Bg;
using Lucene.Net.Tartarus.Snowball.Ext;

namespace Bot.Knowledge.Text;

/// <summary>
/// The search key of a word, the same at index and query time: the word's own language's stemmer (Snowball English and
/// Russian, Lucene's Bulgarian stemmer, Kazakh suffix rules from data; see <see cref="WordLanguage"/>), then at most
/// six letters. The cap is what lets forms meet across the Slavic languages and scripts ("посещение"/"посещението",
/// "Temirbayev"/"Темирбаев" spelled in Latin) — the stemmers alone would keep them apart.
/// </summary>
public static class Stemmer
{
    public const int KeyLength = 6;

    // The Snowball stemmers keep state while they work: one of each per thread.
    [ThreadStatic] static EnglishStemmer? _english;
    [ThreadStatic] static RussianStemmer? _russian;
    [ThreadStatic] static BulgarianStemmer? _bulgarian;

    /// <summary>Stem of an already folded word.</summary>
    public static string Stem(string folded)
    {
        if (folded.Length <= 2 || char.IsDigit(folded[0])) return folded;
        var language = WordLanguage.Of(folded);
        var stem = language switch
        {
            WordLanguage.Kind.English => Snowball(_english ??= new EnglishStemmer(), folded),
            WordLanguage.Kind.Russian => Snowball(_russian ??= new RussianStemmer(), folded),
            WordLanguage.Kind.Bulgarian => Bulgarian(folded),
            WordLanguage.Kind.Kazakh => KazakhSuffixes.Strip(folded),
            _ => folded,
        };
        // Snowball reads names as inflected common words ("Радев" → "рад", "Токаев" → "тока", "Астана" → "аста" but
        // "Астане" → "астан"): a short stem of a Slavic word gives way to the word less its final vowel, which keeps a
        // name's case forms together. An English word cut below four letters keeps its own form.
        if (language is WordLanguage.Kind.Russian or WordLanguage.Kind.Bulgarian && stem.Length < 5 && folded.Length > stem.Length)
            stem = WithoutFinalVowel(folded);
        else if (language == WordLanguage.Kind.English && stem.Length < 4 && folded.Length >= 5) stem = folded;
        return stem.Length > KeyLength ? stem[..KeyLength] : stem;
    }

    /// <summary>
    /// Stem of an already folded word known to be Kazakh although it has no letter of its own ("форумына",
    /// "компаниясы"): a Kazakh text's word or a Latin one spelt in Cyrillic, which <see cref="Stem"/> would read as Russian.
    /// </summary>
    public static string StemKazakh(string folded)
    {
        if (folded.Length <= 2 || char.IsDigit(folded[0])) return folded;
        var stem = KazakhSuffixes.Strip(folded);
        return stem.Length > KeyLength ? stem[..KeyLength] : stem;
    }

    static string WithoutFinalVowel(string word) =>
        word.Length > 3 && Alphabet.IsFinalVowel(word[^1]) ? word[..^1] : word;

    static string Snowball(Lucene.Net.Tartarus.Snowball.SnowballProgram stemmer, string word)
    {
        stemmer.SetCurrent(word);
        stemmer.Stem();
        return stemmer.Current;
    }

    static string Bulgarian(string word)
    {
        var buffer = word.ToCharArray();
        var length = (_bulgarian ??= new BulgarianStemmer()).Stem(buffer, buffer.Length);
        return new string(buffer, 0, length);
    }
}
