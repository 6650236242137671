namespace Bot.Knowledge.Text;

/// <summary>
/// Turns text into the search keys the FTS5 index stores: folded, stemmed words and bare numbers, and for a Cyrillic
/// word also the key of its Latin spelling, so "Pulev" or "Kazakhstan" in an English question finds "Пулев",
/// "Казахстана" in a Russian text; for a word of the Kazakh Latin alphabet also the key of its Cyrillic spelling, so
/// "kölık" is found by "көлік". A passage is indexed with its document's headline, which says what it is about.
/// </summary>
public static class TermAnalyzer
{
    /// <summary>Bumped whenever the keys change: a store indexed under another version is re-indexed when opened.</summary>
    public const int Version = 4;

    public static IEnumerable<string> Keys(string text) =>
        Tokenizer.Words(text).Select(w => Stemmer.Stem(TextNormalizer.Fold(w)));

    /// <summary>The keys of one word: its own, its Latin spelling's when it is Cyrillic, its Cyrillic spelling's when it is Kazakh in Latin letters.</summary>
    public static IEnumerable<string> WordKeys(string word)
    {
        var folded = TextNormalizer.Fold(word);
        var key = Stemmer.Stem(folded);
        yield return key;
        if (!TextNormalizer.IsCyrillic(folded))
        {
            if (KazakhLatin.CyrillicKey(word) is { } cyrillic && cyrillic != key) yield return cyrillic;
            yield break;
        }
        var latin = Stemmer.Stem(Transliterator.ToLatin(folded));
        if (latin != key) yield return latin;
    }

    /// <summary>
    /// The keys a word of a Kazakh question adds to <see cref="WordKeys"/>: its Kazakh stem when it has no letter that
    /// says it is Kazakh ("компаниясы"), and the key of its spelling in the Kazakh Latin alphabet ("kompaniiasy"), for
    /// the words of a Latin text that hold no letter of their own either.
    /// </summary>
    public static IEnumerable<string> KazakhQueryKeys(string folded)
    {
        if (!TextNormalizer.IsCyrillic(folded)) yield break;
        yield return Stemmer.StemKazakh(folded);
        yield return Stemmer.Stem(TextNormalizer.Fold(KazakhLatin.ToLatin(folded)));
    }

    /// <summary>The UTF-8 of a word's keys one space apart, as the search index stores them (<see cref="IndexTextCache"/>).</summary>
    public static byte[] WordKeyBytes(string word) => System.Text.Encoding.UTF8.GetBytes(string.Join(' ', WordKeys(word)));

    public static string IndexText(string text) => string.Join(' ', Tokenizer.Words(text).SelectMany(WordKeys));

    /// <summary>A passage's index text: its own keys, then its document's headline's.</summary>
    public static string IndexText(string passage, string title) => IndexText(passage) + " " + IndexText(title);
}
