using System.Buffers;
using System.Text;

namespace Bot.Knowledge.Text;

/// <summary>
/// <see cref="TermAnalyzer.IndexText(string)"/> for a run of documents, remembering each word's keys: news repeats its
/// vocabulary, and a dictionary lookup costs far less than folding, stemming and transliterating the word again.
/// Bounded, so a long run over a large vocabulary stops remembering rather than growing.
/// </summary>
/// <remarks>
/// The keys are kept, and written, as UTF-8: the search index takes its text as UTF-8, and a passage's index text built
/// as a string only to be encoded again when it was bound was most of what saving allocated (80 MB per 10,000 news items).
/// </remarks>
public sealed class IndexTextCache
{
    const int MaxWords = 20_000;
    static readonly byte Space = (byte)' ';

    readonly Dictionary<string, byte[]> _keys = new(StringComparer.Ordinal);
    readonly Dictionary<string, byte[]>.AlternateLookup<ReadOnlySpan<char>> _byText;
    readonly ArrayBufferWriter<byte> _text = new(4096);

    public IndexTextCache() => _byText = _keys.GetAlternateLookup<ReadOnlySpan<char>>();

    public string IndexText(string text)
    {
        _text.ResetWrittenCount();
        Append(text, _text, 0);
        return Encoding.UTF8.GetString(_text.WrittenSpan);
    }

    /// <summary>A passage's index text with its document's headline (see <see cref="TermAnalyzer.IndexText(string, string)"/>).</summary>
    public string IndexText(string passage, string title)
    {
        _text.ResetWrittenCount();
        Write(passage, title, _text);
        return Encoding.UTF8.GetString(_text.WrittenSpan);
    }

    /// <summary>
    /// Writes a passage's index text with its document's headline as UTF-8 to the end of <paramref name="into"/>: the
    /// bytes of <see cref="IndexText(string, string)"/>, without the string.
    /// </summary>
    public void Write(string passage, string title, ArrayBufferWriter<byte> into)
    {
        var start = into.WrittenCount;
        Append(passage, into, start);
        WriteTitle(title, into, start);
    }

    /// <summary>
    /// The headline's part of a passage's index text whose own words' keys the caller wrote from <paramref name="start"/>
    /// on (with <see cref="Put"/>, from the words read with the document: see <c>Storage.PendingIndex</c>).
    /// </summary>
    public void WriteTitle(string title, ArrayBufferWriter<byte> into, int start)
    {
        foreach (var keys in TitleKeys(title)) Put(keys, into, start);
    }

    // The headline goes with every passage of its document: its words' keys are looked up once per document.
    string? _title;
    List<byte[]> _titleKeys = [];

    List<byte[]> TitleKeys(string title)
    {
        if (ReferenceEquals(title, _title)) return _titleKeys;
        var keys = new List<byte[]>();
        var position = 0;
        while (Tokenizer.Next(title, ref position, out var start, out var length)) keys.Add(KeysOf(title.AsSpan(start, length)));
        (_title, _titleKeys) = (title, keys);
        return keys;
    }

    void Append(string text, ArrayBufferWriter<byte> into, int start)
    {
        var position = 0;
        while (Tokenizer.Next(text, ref position, out var wordStart, out var length)) Put(KeysOf(text.AsSpan(wordStart, length)), into, start);
    }

    /// <summary>One word's keys after a space, unless they are the first of the text that starts at <paramref name="start"/>.</summary>
    public static void Put(byte[] keys, ArrayBufferWriter<byte> into, int start)
    {
        var span = into.GetSpan(keys.Length + 1);
        var at = 0;
        if (into.WrittenCount > start) span[at++] = Space;
        keys.CopyTo(span[at..]);
        into.Advance(at + keys.Length);
    }

    // In front of the dictionary, the keys of the words written last, one per slot of a small table (as the words of a
    // token list are kept, see Extraction.Vocabulary.TokenList): most of a passage's words are the few thousand every news
    // text is written in, and a slot of a table that stays in the processor's cache costs a fraction of a lookup among
    // 20,000 words (measured on the bench corpus: the index text of 50,000 passages built in 410–550 ms instead of
    // 450–730). A word whose slot another took is looked up in the dictionary and takes the slot back. The table (128 KB)
    // is made once the cache knows enough words to be worth it: a document saved alone never needs it.
    const int RecentBits = 13;
    const int RecentAfter = 2_000;
    string?[]? _recentWords;
    byte[]?[]? _recentKeys;

    byte[] KeysOf(ReadOnlySpan<char> word)
    {
        var slot = 0;
        if (_recentWords is { } recent)
        {
            slot = SlotOf(word);
            if (recent[slot] is { } last && word.SequenceEqual(last)) return _recentKeys![slot]!;
        }
        if (!_byText.TryGetValue(word, out var w, out var keys))
        {
            w = word.ToString();
            keys = TermAnalyzer.WordKeyBytes(w);
            if (_keys.Count < MaxWords) _keys[w] = keys;
        }
        if (_recentWords is not null) (_recentWords[slot], _recentKeys![slot]) = (w, keys);
        else if (_keys.Count >= RecentAfter) (_recentWords, _recentKeys) = (new string?[1 << RecentBits], new byte[]?[1 << RecentBits]);
        return keys;
    }

    static int SlotOf(ReadOnlySpan<char> word)
    {
        var hash = (uint)word.Length;
        foreach (var c in word) hash = (hash ^ c) * 16_777_619u;
        return (int)((hash * 0x9E3779B1u) >> (32 - RecentBits));
    }
}
