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
    // Prefix cues by their first few letters, with the lengths the prefixes sharing them have (longest first): a word
    // costs one lookup of its stem, and only the few lengths of the prefixes that start like it, instead of a lookup per
    // length any prefix has.
    readonly Dictionary<string, int[]>.AlternateLookup<ReadOnlySpan<char>> _prefixLengthsByStem;
    readonly int _stem;
    // Every prefix length, longest first, for cues whose stem would be empty (a lone "*" matches any word).
    readonly int[] _allPrefixLengths;
    // The first letters every cue's first word starts with: most words of a text start no cue, and are passed over
    // without a lookup (see MayStart).
    readonly CueStarts _starts = new();

    public CueMatcher(IEnumerable<(string Cue, T Value)> cues)
    {
        foreach (var (text, value) in cues)
        {
            // A text's words are runs of letters and digits: "година по-рано", "year-on-year", "trans-caspian*" are matched
            // as the words a hyphen leaves ("по", "рано"), as they are found in the text.
            var parts = text.Trim().Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length == 0) continue;
            var open = parts.Select(p => p.EndsWith('*')).ToArray();
            var words = parts.Select(p => Fold(p.TrimEnd('*'))).ToArray();
            var cue = new Cue(words, open, text.Length, value);
            _starts.Add(words[0]);
            var index = open[0] ? _prefix : _exact;
            if (!index.TryGetValue(words[0], out var list)) index[words[0]] = list = [];
            list.Add(cue);
        }
        _stem = _prefix.Count == 0 ? 0 : _prefix.Keys.Min(k => k.Length);
        _allPrefixLengths = [.. _prefix.Keys.Select(k => k.Length).Distinct().OrderDescending()];
        var byStem = _prefix.Keys.GroupBy(k => k[.._stem], StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(k => k.Length).Distinct().OrderDescending().ToArray(), StringComparer.Ordinal);
        _prefixLengthsByStem = byStem.GetAlternateLookup<ReadOnlySpan<char>>();
        _exactSpans = _exact.GetAlternateLookup<ReadOnlySpan<char>>();
        _prefixSpans = _prefix.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>Every cue in text[from..to], in text order, none overlapping.</summary>
    public List<Hit> Find(string text, int from = 0, int to = -1)
    {
        var hits = new List<Hit>();
        Scan(text, from, to < 0 ? text.Length : to, hits);
        return hits;
    }

    /// <summary>Whether any cue is in the text: the scan stops at the first.</summary>
    public bool IsMatch(string text) => Scan(text, 0, text.Length, null);

    /// <returns>Whether a cue was found; with no list to fill, the scan ends at the first.</returns>
    bool Scan(string text, int from, int to, List<Hit>? hits)
    {
        var found = false;
        var folded = FoldedText.Of(text, from, to, out var offset, out var rented);
        try
        {
            var words = FoldedText.Words(text, from, to);
            for (var i = 0; i < words.Count; i++)
            {
                var word = Span(folded, offset, words[i]);
                if (!_starts.MayStart(word)) continue;
                Cue? best = null;
                if (_exactSpans.TryGetValue(word, out var exact)) best = Best(exact, best, folded, offset, words, i);
                foreach (var n in PrefixLengths(word))
                    if (n <= word.Length && _prefixSpans.TryGetValue(word[..n], out var open)) best = Best(open, best, folded, offset, words, i);
                if (best is null) continue;
                found = true;
                if (hits is null) break;
                var last = words[i + best.Words.Length - 1];
                hits.Add(new Hit(words[i].Start, last.End - words[i].Start, best.Value));
                i += best.Words.Length - 1;
            }
        }
        finally
        {
            if (rented) System.Buffers.ArrayPool<char>.Shared.Return(folded);
        }
        return found;
    }

    int[] PrefixLengths(ReadOnlySpan<char> word) =>
        _stem == 0 ? _allPrefixLengths : word.Length >= _stem && _prefixLengthsByStem.TryGetValue(word[.._stem], out var lengths) ? lengths : [];

    static Cue? Best(List<Cue> candidates, Cue? best, char[] folded, int offset, List<(int Start, int End)> words, int at)
    {
        foreach (var cue in candidates)
            if (Fits(cue, folded, offset, words, at) && (best is null || cue.Words.Length > best.Words.Length || cue.Words.Length == best.Words.Length && cue.Chars > best.Chars))
                best = cue;
        return best;
    }

    static bool Fits(Cue cue, char[] folded, int offset, List<(int Start, int End)> words, int at)
    {
        if (at + cue.Words.Length > words.Count) return false;
        for (var k = 0; k < cue.Words.Length; k++)
        {
            var w = Span(folded, offset, words[at + k]);
            if (cue.Open[k] ? !w.StartsWith(cue.Words[k], StringComparison.Ordinal) : !w.SequenceEqual(cue.Words[k])) return false;
        }
        return true;
    }

    static ReadOnlySpan<char> Span(char[] folded, int offset, (int Start, int End) w) => folded.AsSpan(w.Start - offset, w.End - w.Start);

    static string Fold(string word) => string.Create(word.Length, word, (span, w) =>
    {
        for (var i = 0; i < w.Length; i++) span[i] = FoldedText.FoldChar(w[i]);
    });
}
