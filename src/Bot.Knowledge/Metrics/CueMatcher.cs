using Bot.Knowledge.Text;

namespace Bot.Knowledge.Metrics;

/// <summary>
/// Finds cue phrases of the data files in a text word by word, without regular expressions: each word of the text is
/// looked up as a whole and by its prefixes ("товарооборот*"), so hundreds of cues cost a few lookups per word.
/// Case, ё/е and ’/' do not matter; the longest phrase starting at a word wins.
/// </summary>
public sealed class CueMatcher<T>
{
    public readonly record struct Hit(int Index, int Length, T Value)
    {
        public int End => Index + Length;
    }

    sealed record Cue(string[] Words, bool[] Open, int Chars, T Value);

    readonly Dictionary<string, List<Cue>> _exact = new(StringComparer.Ordinal);
    readonly Dictionary<string, List<Cue>> _prefix = new(StringComparer.Ordinal);
    readonly Dictionary<string, List<Cue>>.AlternateLookup<ReadOnlySpan<char>> _exactSpans;
    readonly Dictionary<string, List<Cue>>.AlternateLookup<ReadOnlySpan<char>> _prefixSpans;
    readonly int[] _prefixLengths;

    public CueMatcher(IEnumerable<(string Cue, T Value)> cues)
    {
        foreach (var (text, value) in cues)
        {
            var parts = text.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length == 0) continue;
            var open = parts.Select(p => p.EndsWith('*')).ToArray();
            var words = parts.Select(p => Fold(p.TrimEnd('*'))).ToArray();
            var cue = new Cue(words, open, text.Length, value);
            var index = open[0] ? _prefix : _exact;
            if (!index.TryGetValue(words[0], out var list)) index[words[0]] = list = [];
            list.Add(cue);
        }
        // Only the lengths some prefix cue has are tried, longest first.
        _prefixLengths = [.. _prefix.Keys.Select(k => k.Length).Distinct().OrderDescending()];
        _exactSpans = _exact.GetAlternateLookup<ReadOnlySpan<char>>();
        _prefixSpans = _prefix.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>Every cue in text[from..to], in text order, none overlapping.</summary>
    public List<Hit> Find(string text, int from = 0, int to = -1)
    {
        to = to < 0 ? text.Length : to;
        var hits = new List<Hit>();
        // The text is folded once into one buffer; words are spans of it, looked up without a string each.
        var folded = System.Buffers.ArrayPool<char>.Shared.Rent(Math.Max(1, to - from));
        try
        {
            for (var i = from; i < to; i++) folded[i - from] = FoldChar(text[i]);
            var words = Words(text, from, to, _words ??= []);
            for (var i = 0; i < words.Count; i++)
            {
                var word = Span(folded, from, words[i]);
                Cue? best = null;
                if (_exactSpans.TryGetValue(word, out var exact)) best = Best(exact, best, folded, from, words, i);
                foreach (var n in _prefixLengths)
                    if (n <= word.Length && _prefixSpans.TryGetValue(word[..n], out var open)) best = Best(open, best, folded, from, words, i);
                if (best is null) continue;
                var last = words[i + best.Words.Length - 1];
                hits.Add(new Hit(words[i].Start, last.End - words[i].Start, best.Value));
                i += best.Words.Length - 1;
            }
        }
        finally
        {
            System.Buffers.ArrayPool<char>.Shared.Return(folded);
        }
        return hits;
    }

    public bool IsMatch(string text) => Find(text).Count > 0;

    static Cue? Best(List<Cue> candidates, Cue? best, char[] folded, int from, List<(int Start, int End)> words, int at)
    {
        foreach (var cue in candidates)
            if (Fits(cue, folded, from, words, at) && (best is null || cue.Words.Length > best.Words.Length || cue.Words.Length == best.Words.Length && cue.Chars > best.Chars))
                best = cue;
        return best;
    }

    static bool Fits(Cue cue, char[] folded, int from, List<(int Start, int End)> words, int at)
    {
        if (at + cue.Words.Length > words.Count) return false;
        for (var k = 0; k < cue.Words.Length; k++)
        {
            var w = Span(folded, from, words[at + k]);
            if (cue.Open[k] ? !w.StartsWith(cue.Words[k], StringComparison.Ordinal) : !w.SequenceEqual(cue.Words[k])) return false;
        }
        return true;
    }

    static ReadOnlySpan<char> Span(char[] folded, int from, (int Start, int End) w) => folded.AsSpan(w.Start - from, w.End - w.Start);

    // The word offsets are only read inside Find: one list per thread serves every sentence of every document.
    [ThreadStatic] static List<(int Start, int End)>? _words;

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

    static char FoldChar(char c)
    {
        // ASCII by arithmetic: most characters of a text are, and invariant lowering of them is the same.
        if (c < 0x80) return c is >= 'A' and <= 'Z' ? (char)(c + 32) : c;
        var lower = char.ToLowerInvariant(c);
        return lower == '’' ? '\'' : Alphabet.Fold(lower);
    }

    static string Fold(string word) => string.Create(word.Length, word, (span, w) =>
    {
        for (var i = 0; i < w.Length; i++) span[i] = FoldChar(w[i]);
    });
}
