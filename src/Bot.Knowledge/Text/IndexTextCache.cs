using System.Text;

namespace Bot.Knowledge.Text;

/// <summary>
/// <see cref="TermAnalyzer.IndexText"/> for a run of documents, remembering each word's key: news repeats its
/// vocabulary, and a dictionary lookup costs far less than folding and stemming the word again. Bounded, so a long
/// run over a large vocabulary stops remembering rather than growing.
/// </summary>
public sealed class IndexTextCache
{
    const int MaxWords = 20_000;

    readonly Dictionary<string, string> _keys = new(StringComparer.Ordinal);
    readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _byText;
    readonly StringBuilder _text = new();

    public IndexTextCache() => _byText = _keys.GetAlternateLookup<ReadOnlySpan<char>>();

    public string IndexText(string text)
    {
        _text.Clear();
        var position = 0;
        while (Tokenizer.Next(text, ref position, out var start, out var length))
        {
            var word = text.AsSpan(start, length);
            if (!_byText.TryGetValue(word, out var key))
            {
                var w = word.ToString();
                key = Stemmer.Stem(TextNormalizer.Fold(w));
                if (_keys.Count < MaxWords) _keys[w] = key;
            }
            if (_text.Length > 0) _text.Append(' ');
            _text.Append(key);
        }
        return _text.ToString();
    }
}
