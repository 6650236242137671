using Bot.Knowledge.Extraction.Vocabulary;
using Bot.Knowledge.Text;

namespace Bot.Knowledge.Entities;

/// <summary>The words of a text with their offsets and the keys aliases are compared by (see <see cref="AliasKeys"/>).</summary>
public static class TextWords
{
    public readonly record struct Word(int Start, int Length, string Folded, string Key, string? LatinKey, bool IsConnector)
    {
        public int End => Start + Length;
    }

    /// <summary>A word's keys, kept on its shared record (<see cref="WordForms"/>): worked out once per word, not per mention.</summary>
    sealed record Keys(string Key, string? Latin, bool Connector);

    public static List<Word> Of(string text) => Of(TokenList.Of(text));

    public static List<Word> Of(TokenList tokens) => Of(tokens, new List<Word>(tokens.Count));

    /// <summary>The words into a list the caller reuses (cleared first).</summary>
    public static List<Word> Of(TokenList tokens, List<Word> words)
    {
        words.Clear();
        for (var i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i];
            var (key, latin, connector) = KeysRecordOf(tokens.FormsAt(i));
            words.Add(new Word(t.Start, t.Length, t.Folded, key, latin, connector));
        }
        return words;
    }

    /// <summary>A word's key, its Latin spelling's key (null when the same or none) and whether it is a connector word.</summary>
    internal static (string Key, string? Latin, bool Connector) KeysOf(WordForms word)
    {
        var keys = KeysRecordOf(word);
        return (keys.Key, keys.Latin, keys.Connector);
    }

    static Keys KeysRecordOf(WordForms word)
    {
        if (word.NameKeys is Keys known) return known;
        var folded = word.Folded;
        var key = NameKey.Of(folded);
        var latin = TextNormalizer.IsCyrillic(folded) ? NameKey.Of(Transliterator.ToLatin(folded)) : null;
        var keys = new Keys(key, latin == key ? null : latin, AliasKeys.IsIgnored(folded));
        word.NameKeys = keys;
        return keys;
    }
}
