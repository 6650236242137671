using Bot.Knowledge.Extraction.Vocabulary;
using Bot.Knowledge.Text;

namespace Bot.Knowledge.Entities;

/// <summary>The keys an alias or a text is compared by: stems without connector words, plus a Latin spelling of Cyrillic words.</summary>
public static class AliasKeys
{
    sealed record NamesFile(List<string> AliasIgnored);

    // Connector words and "Republic" vary between spellings of the same name ("Ministry of Transport of the Republic of Kazakhstan").
    static readonly HashSet<string> Ignored = new(VocabularyFile.Load<NamesFile>("names.json").AliasIgnored, StringComparer.Ordinal);

    public static List<string> ForAlias(string alias) => Keys(alias, forSpans: false);

    /// <summary>
    /// The keys names are found where they stand by (<see cref="EntityIndex.FindSpans(string)"/>): like <see cref="ForAlias"/>
    /// but by <see cref="NameKey"/>, which treats every language alike, so a name's case forms meet whatever the language.
    /// </summary>
    public static List<string> ForSpans(string alias) => Keys(alias, forSpans: true);

    /// <summary>Each word's key in order, connector words left out, each key once.</summary>
    static List<string> Keys(string alias, bool forSpans)
    {
        var keys = new List<string>(4);
        var position = 0;
        while (Tokenizer.Next(alias, ref position, out var start, out var length))
        {
            var (byStem, byName) = WordKeys(alias.AsSpan(start, length));
            if ((forSpans ? byName : byStem) is { } key && !keys.Contains(key)) keys.Add(key);
        }
        return keys;
    }

    /// <summary>
    /// Both key lists of an alias from one reading of its words: <see cref="ForAlias"/> and <see cref="ForSpans"/>, as an
    /// index adds it (each learned person comes with ten or more spellings, each read for both).
    /// </summary>
    internal static (List<string> ByStem, List<string> ByName) ForAliasAndSpans(string alias)
    {
        var (byStem, byName) = (new List<string>(4), new List<string>(4));
        ForAliasAndSpans(alias, byStem, byName);
        return (byStem, byName);
    }

    /// <summary>The same into lists the caller reuses (cleared first): an index adds ten or more spellings a learned person.</summary>
    internal static void ForAliasAndSpans(string alias, List<string> byStem, List<string> byName)
    {
        byStem.Clear();
        byName.Clear();
        var position = 0;
        while (Tokenizer.Next(alias, ref position, out var start, out var length))
        {
            var (stem, name) = WordKeys(alias.AsSpan(start, length));
            if (stem is not null && !byStem.Contains(stem)) byStem.Add(stem);
            if (name is not null && !byName.Contains(name)) byName.Add(name);
        }
    }

    // Every spelling of every learned person is keyed as it joins the index, and names share their words: a word's keys
    // are worked out once. One cache for every thread, bounded and emptied when an ingestion run ends, as the other word
    // caches are: one per thread kept up to 20,000 words (about 3 MB) on every thread that had built an index, for as
    // long as the process lived.
    static readonly WordCache<(string? ByStem, string? ByName)> KeysOfWords = new(limit: 20_000);

    /// <summary>A written word's key by stem and by <see cref="NameKey"/>; null where the word or its key is a connector.</summary>
    static (string? ByStem, string? ByName) WordKeys(ReadOnlySpan<char> word)
    {
        if (KeysOfWords.TryGet(word, out var known)) return known;
        var folded = TokenList.Fold(word);
        (string?, string?) keys = Ignored.Contains(folded) ? (null, null) : (NotIgnored(Stemmer.Stem(folded)), NotIgnored(NameKey.Of(folded)));
        return KeysOfWords.Add(word.ToString(), keys);
    }

    /// <summary>Lets go of the words keyed so far (an ingestion run's end: answering keys few of them again).</summary>
    public static void ForgetWords() => KeysOfWords.Clear();

    static string? NotIgnored(string key) => Ignored.Contains(key) ? null : key;

    /// <summary>Every key a text offers: each word's stem and, for Cyrillic words, the stem of its Latin spelling; for Kazakh Latin words, of their Cyrillic one.</summary>
    public static HashSet<string> ForText(string text) => ForText(text, new HashSet<string>(StringComparer.Ordinal));

    /// <summary>The same into a set the caller reuses (cleared first; a cleared set lists its keys in the order added, as a new one).</summary>
    internal static HashSet<string> ForText(string text, HashSet<string> keys)
    {
        keys.Clear();
        var words = TokenList.Of(text);
        for (var i = 0; i < words.Count; i++)
            foreach (var key in TextKeysOf(words.FormsAt(i))) keys.Add(key);
        return keys;
    }

    /// <summary>
    /// The keys one written word offers a text, in the order they are added: worked out once per word and kept on its shared
    /// record (<see cref="WordForms"/>) — the parties of every agreement and every question are resolved by them, and
    /// stemming a word is far dearer than looking it up.
    /// </summary>
    static string[] TextKeysOf(WordForms word)
    {
        if (word.TextKeys is string[] known) return known;
        var keys = new List<string>(3);
        var folded = word.Folded;
        keys.Add(Stemmer.Stem(folded));
        if (TextNormalizer.IsCyrillic(folded)) keys.Add(Stemmer.Stem(Transliterator.ToLatin(folded)));
        if (KazakhLatin.CyrillicKey(word.Written) is { } cyrillic) keys.Add(cyrillic);
        string[] made = [.. keys];
        word.TextKeys = made;
        return made;
    }

    /// <summary>The keys one folded word offers.</summary>
    public static HashSet<string> ForWord(string folded)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        AddKeys(keys, folded);
        return keys;
    }

    public static bool IsIgnored(string folded) => Ignored.Contains(folded);

    static void AddKeys(HashSet<string> keys, string folded)
    {
        keys.Add(Stemmer.Stem(folded));
        if (TextNormalizer.IsCyrillic(folded)) keys.Add(Stemmer.Stem(Transliterator.ToLatin(folded)));
    }
}
