using Bot.Knowledge.Extraction.Vocabulary;
using Bot.Knowledge.Text;

namespace Bot.Knowledge.Entities;

/// <summary>The words of a text with their offsets and the keys aliases are compared by (see <see cref="AliasKeys"/>).</summary>
public static class TextWords
{
    public readonly record struct Word(int Start, int Length, string Folded, string Key, string? LatinKey, bool IsConnector)
    {
        public int End => Start + Length;

        public bool Has(string key) => Key == key || LatinKey == key;
    }

    // News repeats its words: a word's keys are worked out once per thread. Bounded, so a long-running process cannot
    // grow it forever; a plain dictionary per thread hashes faster than a shared concurrent one.
    const int CacheLimit = 200_000;
    [ThreadStatic] static Dictionary<string, (string Key, string? Latin, bool Connector)>? _cache;

    public static List<Word> Of(string text) => Of(TokenList.Of(text));

    public static List<Word> Of(TokenList tokens) => Of(tokens, new List<Word>(tokens.Count));

    /// <summary>The words into a list the caller reuses (cleared first).</summary>
    public static List<Word> Of(TokenList tokens, List<Word> words)
    {
        words.Clear();
        for (var i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i];
            var (key, latin, connector) = KeysOf(t.Folded);
            words.Add(new Word(t.Start, t.Length, t.Folded, key, latin, connector));
        }
        return words;
    }

    static (string, string?, bool) KeysOf(string folded)
    {
        var cache = _cache ??= new Dictionary<string, (string, string?, bool)>(StringComparer.Ordinal);
        if (cache.TryGetValue(folded, out var known)) return known;
        var key = NameKey.Of(folded);
        var latin = TextNormalizer.IsCyrillic(folded) ? NameKey.Of(Transliterator.ToLatin(folded)) : null;
        var value = (key, latin == key ? null : latin, AliasKeys.IsIgnored(folded));
        if (cache.Count >= CacheLimit) cache.Clear();
        cache[folded] = value;
        return value;
    }
}
