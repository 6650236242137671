using Bot.Knowledge.Text;

namespace Bot.Knowledge.Metrics;

/// <summary>
/// A text folded and split into words once for every <see cref="CueMatcher{T}"/> that reads it: a sentence is read by
/// a dozen matchers (metric cues, number words, growth words, period words, country words), and each folded it and
/// split it again. Kept per thread for the last text read; a string never changes, so the same instance is the same text.
/// </summary>
internal static class FoldedText
{
    // Longer texts are folded part by part into a pooled buffer, as they are read: a huge one-line file is not kept.
    const int CacheLimit = 16_384;

    [ThreadStatic] static string? _text;
    [ThreadStatic] static char[]? _folded;
    [ThreadStatic] static List<(int Start, int End)>? _allWords;
    [ThreadStatic] static bool _allWordsRead;
    // The words of a part of a text: a word is cut where the part ends.
    [ThreadStatic] static List<(int Start, int End)>? _partWords;

    /// <summary>The folded letters of text[from..to]: the folded character of text[i] is at [i - offset].</summary>
    /// <param name="rented">True when the buffer is the caller's to return to <see cref="System.Buffers.ArrayPool{T}.Shared"/>.</param>
    public static char[] Of(string text, int from, int to, out int offset, out bool rented)
    {
        rented = false;
        offset = 0;
        if (ReferenceEquals(text, _text)) return _folded!;
        if (text.Length > CacheLimit)
        {
            var buffer = System.Buffers.ArrayPool<char>.Shared.Rent(Math.Max(1, to - from));
            for (var i = from; i < to; i++) buffer[i - from] = FoldChar(text[i]);
            (offset, rented) = (from, true);
            return buffer;
        }
        if (_folded is null || _folded.Length < text.Length) _folded = new char[Math.Max(256, text.Length)];
        for (var i = 0; i < text.Length; i++) _folded[i] = FoldChar(text[i]);
        (_text, _allWordsRead) = (text, false);
        return _folded;
    }

    /// <summary>The words of text[from..to] (valid until the next call on this thread); those of a whole text are found once.</summary>
    public static List<(int Start, int End)> Words(string text, int from, int to)
    {
        if (from != 0 || to != text.Length || !ReferenceEquals(text, _text)) return Words(text, from, to, _partWords ??= []);
        if (!_allWordsRead)
        {
            Words(text, 0, text.Length, _allWords ??= []);
            _allWordsRead = true;
        }
        return _allWords!;
    }

    /// <summary>Runs of letters and digits (with apostrophes inside: "kazakhstan's"), into a list the caller reuses.</summary>
    static List<(int Start, int End)> Words(string text, int from, int to, List<(int Start, int End)> words)
    {
        words.Clear();
        var i = from;
        while (i < to)
        {
            if (!char.IsLetterOrDigit(text[i])) { i++; continue; }
            var start = i;
            while (i < to && (char.IsLetterOrDigit(text[i]) || IsApostrophe(text[i]) && i + 1 < to && char.IsLetter(text[i + 1]))) i++;
            words.Add((start, i));
        }
        return words;
    }

    static bool IsApostrophe(char c) => c is '\'' or '’';

    public static char FoldChar(char c)
    {
        // ASCII by arithmetic: most characters of a text are, and invariant lowering of them is the same.
        if (c < 0x80) return c is >= 'A' and <= 'Z' ? (char)(c + 32) : c;
        return c < TableEnd ? Table[c] : Fold(c);
    }

    // The Latin, Greek and Cyrillic blocks looked up: lowering a character outside ASCII asks the globalization library
    // (a call out of managed code per character, about ten times a table's load), and every letter of a Cyrillic text
    // that figures are read from is one (on the bench corpus: 1.3 % of ingestion's CPU). Each entry is what Fold gives.
    const char TableEnd = '\u0500';
    static readonly char[] Table = MakeTable();

    static char[] MakeTable()
    {
        var table = new char[TableEnd];
        for (var c = 0; c < table.Length; c++) table[c] = Fold((char)c);
        return table;
    }

    static char Fold(char c)
    {
        var lower = char.ToLowerInvariant(c);
        return lower == '’' ? '\'' : Alphabet.Fold(lower);
    }
}
