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
        foreach (var keys in TitleKeys(title))
        {
            if (_text.Length > 0) _text.Append(' ');
            _text.Append(keys);
        }
        return _text.ToString();
    }

    // The headline goes with every passage of its document: its words' keys are looked up once per document.
    string? _title;
    List<string> _titleKeys = [];

    List<string> TitleKeys(string title)
    {
        if (ReferenceEquals(title, _title)) return _titleKeys;
        var keys = new List<string>();
        var position = 0;
        while (Tokenizer.Next(title, ref position, out var start, out var length)) keys.Add(KeysOf(title.AsSpan(start, length)));
        (_title, _titleKeys) = (title, keys);
        return keys;
    }

    void Append(string text)
    {
        var position = 0;
        while (Tokenizer.Next(text, ref position, out var start, out var length))
        {
            var keys = KeysOf(text.AsSpan(start, length));
            if (_text.Length > 0) _text.Append(' ');
            _text.Append(keys);
        }
    }

    string KeysOf(ReadOnlySpan<char> word)
    {
        if (_byText.TryGetValue(word, out var keys)) return keys;
        var w = word.ToString();
        keys = string.Join(' ', TermAnalyzer.WordKeys(w));
        if (_keys.Count < MaxWords) _keys[w] = keys;
        return keys;
    }
}
