using System.Text;

namespace Bot.Knowledge.Text;

/// <summary>
/// <see cref="TermAnalyzer.IndexText(string)"/> for a run of documents, remembering each word's keys: news repeats its
/// vocabulary, and a dictionary lookup costs far less than folding, stemming and transliterating the word again.
/// Bounded, so a long run over a large vocabulary stops remembering rather than growing.
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
        Append(text);
        return _text.ToString();
    }

    /// <summary>A passage's index text with its document's headline (see <see cref="TermAnalyzer.IndexText(string, string)"/>).</summary>
    public string IndexText(string passage, string title)
    {
        _text.Clear();
        Append(passage);
        Append(title);
        return _text.ToString();
    }

    void Append(string text)
    {
        var position = 0;
        while (Tokenizer.Next(text, ref position, out var start, out var length))
        {
            var word = text.AsSpan(start, length);
            if (!_byText.TryGetValue(word, out var keys))
            {
                var w = word.ToString();
                keys = string.Join(' ', TermAnalyzer.WordKeys(w));
                if (_keys.Count < MaxWords) _keys[w] = keys;
            }
            if (_text.Length > 0) _text.Append(' ');
            _text.Append(keys);
        }
    }
}
