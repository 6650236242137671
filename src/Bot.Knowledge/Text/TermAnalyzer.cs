namespace Bot.Knowledge.Text;

/// <summary>Turns text into the search keys the FTS5 index stores: folded, stemmed words and bare numbers.</summary>
public static class TermAnalyzer
{
    public static IEnumerable<string> Keys(string text) =>
        Tokenizer.Words(text).Select(w => Stemmer.Stem(TextNormalizer.Fold(w)));

    public static string IndexText(string text) => string.Join(' ', Keys(text));
}
