using Bot.Knowledge.Extraction.Vocabulary;
using Bot.Knowledge.Text;

namespace Bot.Knowledge.Entities;

/// <summary>The keys an alias or a text is compared by: stems without connector words, plus a Latin spelling of Cyrillic words.</summary>
public static class AliasKeys
{
    sealed record NamesFile(List<string> AliasIgnored);

    // Connector words and "Republic" vary between spellings of the same name ("Ministry of Transport of the Republic of Kazakhstan").
    static readonly HashSet<string> Ignored = new(VocabularyFile.Load<NamesFile>("names.json").AliasIgnored, StringComparer.Ordinal);

    public static List<string> ForAlias(string alias) =>
        Tokenizer.Words(alias).Select(w => TokenList.Fold(w)).Where(w => !Ignored.Contains(w))
            .Select(Stemmer.Stem).Where(s => !Ignored.Contains(s)).Distinct().ToList();

    /// <summary>
    /// The keys names are found where they stand by (<see cref="EntityIndex.FindSpans(string)"/>): like <see cref="ForAlias"/>
    /// but by <see cref="NameKey"/>, which treats every language alike, so a name's case forms meet whatever the language.
    /// </summary>
    public static List<string> ForSpans(string alias) =>
        Tokenizer.Words(alias).Select(w => TokenList.Fold(w)).Where(w => !Ignored.Contains(w))
            .Select(NameKey.Of).Where(s => !Ignored.Contains(s)).Distinct().ToList();

    /// <summary>Every key a text offers: each word's stem and, for Cyrillic words, the stem of its Latin spelling.</summary>
    public static HashSet<string> ForText(string text)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var word in Tokenizer.Words(text)) AddKeys(keys, TokenList.Fold(word));
        return keys;
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
