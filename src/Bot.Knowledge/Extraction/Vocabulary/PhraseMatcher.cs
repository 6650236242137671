using Bot.Knowledge.Text;

namespace Bot.Knowledge.Extraction.Vocabulary;

/// <summary>
/// Finds vocabulary phrases in a <see cref="TokenList"/> word by word (see <see cref="Phrases"/> for the syntax: a
/// trailing * matches any ending, {a|b} either word, # a number). Each phrase carries a tag ("year-1", "ambassador"),
/// so one matcher can hold a whole family of phrases and say which one matched. The longest phrase wins at a word.
/// </summary>
public sealed class PhraseMatcher
{
    sealed record Part(string Text, bool Prefix, bool Number, bool Any = false);

    sealed record Phrase(Part[] Parts, string Tag);

    readonly Dictionary<string, Bucket> _byWord = new(StringComparer.Ordinal);
    readonly Dictionary<string, Bucket> _byPrefix = new(StringComparer.Ordinal);
    readonly Bucket _byNumber = new();
    readonly Dictionary<string, Bucket>.AlternateLookup<ReadOnlySpan<char>> _prefixLookup;
    // Only the lengths some prefix has are tried: a word is looked up a handful of times, not once per letter.
    readonly int[] _prefixLengths;
    readonly ulong _bit;

    public PhraseMatcher(IEnumerable<(string Phrase, string Tag)> phrases)
    {
        // One copy of each word and tag of the family: its phrases repeat both ("season:2" for every form of every month of a
        // season, "of" in most institutions' names), each made anew from its own phrase, and the matchers live as long as the
        // process (measured on the bench corpus: of the 250,000 strings live while answering, 4.5 MB were repeats).
        var parts = new Dictionary<Part, Part>();
        var tags = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (phrase, tag) in phrases)
        {
            var sharedTag = tags.TryGetValue(tag, out var known) ? known : tags[tag] = tag;
            foreach (var variant in Expand(phrase))
            {
                for (var i = 0; i < variant.Length; i++)
                    variant[i] = parts.TryGetValue(variant[i], out var part) ? part : parts[variant[i]] = variant[i];
                Add(new Phrase(variant, sharedTag));
            }
        }
        foreach (var bucket in _byWord.Values.Concat(_byPrefix.Values).Append(_byNumber)) bucket.Split();
        _prefixLookup = _byPrefix.GetAlternateLookup<ReadOnlySpan<char>>();
        _prefixLengths = [.. _byPrefix.Keys.Select(k => k.Length).Distinct().OrderDescending()];
        var bit = FirstWords.Register(_byWord.Keys, _byPrefix.Keys, _byNumber.All.Count > 0);
        _bit = bit < 0 ? 0 : 1UL << bit;
    }

    public PhraseMatcher(IEnumerable<string> phrases, string tag = "") : this(phrases.Select(p => (p, tag))) { }

    void Add(Phrase phrase)
    {
        if (phrase.Parts.Length == 0) return;
        var first = phrase.Parts[0];
        var bucket = first.Number ? _byNumber
            : first.Prefix ? BucketOf(_byPrefix, first.Text)
            : BucketOf(_byWord, first.Text);
        bucket.All.Add(phrase);
    }

    static Bucket BucketOf(Dictionary<string, Bucket> d, string key) =>
        d.TryGetValue(key, out var bucket) ? bucket : d[key] = new Bucket();

    /// <summary>
    /// The phrases starting with one word, in the order they were given. A long family ("в понедельник", "в прошлый
    /// вторник", … for every weekday and form) is also split by its second word: at a common first word ("в", "on") only
    /// the phrases whose second word is the next word of the text are tried, with those whose second word is open (a
    /// prefix, a number, any word) or that have none — the same phrases that could match, in the same order.
    /// </summary>
    sealed class Bucket
    {
        const int SplitFrom = 16;

        public readonly List<Phrase> All = [];
        Dictionary<string, List<Phrase>>? _bySecond;
        List<Phrase> _open = [];

        public void Split()
        {
            if (All.Count < SplitFrom) return;
            var open = All.Where(IsOpen).ToList();
            var seconds = All.Where(p => !IsOpen(p)).Select(p => p.Parts[1].Text).Distinct(StringComparer.Ordinal).ToList();
            // Each list repeats the open phrases: where they are many, the split would hold many copies of the family.
            if (open.Count * seconds.Count > 4 * All.Count) return;
            _open = open;
            _bySecond = new Dictionary<string, List<Phrase>>(seconds.Count, StringComparer.Ordinal);
            foreach (var second in seconds)
                _bySecond[second] = [.. All.Where(p => IsOpen(p) || p.Parts[1].Text == second)];
        }

        static bool IsOpen(Phrase p) => p.Parts.Length == 1 || p.Parts[1] is { Prefix: true } or { Number: true } or { Any: true };

        /// <summary>The phrases that may match at word <paramref name="at"/>: a phrase whose second word is not the next one cannot.</summary>
        public List<Phrase> At(TokenList tokens, int at) =>
            _bySecond is null ? All
            : at + 1 < tokens.Count && _bySecond.TryGetValue(tokens[at + 1].Folded, out var phrases) ? phrases
            : _open;
    }

    /// <summary>
    /// The words a phrase may start with, as <see cref="At"/> compares them: a folded word, a prefix (a trailing *), or
    /// null for any word (# or ?).
    /// </summary>
    internal static IEnumerable<(string? Word, bool Prefix)> FirstWordsOf(string phrase)
    {
        foreach (var form in Expand(phrase))
            yield return form[0] is { Number: false, Any: false } first ? (first.Text, first.Prefix) : (null, false);
    }

    /// <summary>The word-by-word forms of a phrase: its words as the tokenizer splits them, one form per {a|b} choice; ? is any one word.</summary>
    static IEnumerable<Part[]> Expand(string phrase)
    {
        IEnumerable<List<Part>> forms = [[]];
        foreach (var raw in phrase.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var choices = Choices(raw).ToList();
            forms = forms.SelectMany(f => choices.Select(c => f.Concat(c).ToList())).ToList();
        }
        return forms.Select(f => f.ToArray()).Where(f => f.Length > 0);
    }

    static IEnumerable<List<Part>> Choices(string word)
    {
        var open = word.IndexOf('{');
        if (open >= 0 && word.IndexOf('}', open) is var close and > 0)
        {
            foreach (var option in word[(open + 1)..close].Split('|'))
                foreach (var c in Choices(word[..open] + option + word[(close + 1)..])) yield return c;
            yield break;
        }
        if (word == "#") { yield return [new Part("", false, true)]; yield break; }
        if (word == "?") { yield return [new Part("", false, false, Any: true)]; yield break; }
        var star = word.EndsWith('*');
        var folded = TextNormalizer.Fold(star ? word[..^1] : word);
        var pieces = Tokenizer.Words(folded).ToList();
        if (pieces.Count == 0) { yield return []; yield break; }
        yield return pieces.Select((p, i) => new Part(p, star && i == pieces.Count - 1, false)).ToList();
    }

    public bool IsMatch(TokenList tokens, int from = 0, int to = int.MaxValue) => First(tokens, from, to) is not null;

    /// <summary>For a short text such as a title: tokenizes it and looks.</summary>
    public bool IsMatch(string text) => IsMatch(TokenList.Of(text));

    /// <summary>For a short text such as a title: the first match in it.</summary>
    public PhraseMatch? First(string text) => First(TokenList.Of(text));

    /// <summary>The first match starting inside [<paramref name="from"/>, <paramref name="to"/>) character offsets.</summary>
    public PhraseMatch? First(TokenList tokens, int from = 0, int to = int.MaxValue)
    {
        if (!MayStartIn(tokens)) return null;
        for (var i = tokens.IndexAt(from); i < tokens.Count && tokens[i].Start < to; i++)
            if (At(tokens, i) is { } found) return found;
        return null;
    }

    /// <summary>Every match, left to right, none overlapping another.</summary>
    public List<PhraseMatch> Matches(TokenList tokens, int from = 0, int to = int.MaxValue)
    {
        var found = new List<PhraseMatch>();
        foreach (var m in Each(tokens, from, to)) found.Add(m);
        return found;
    }

    /// <summary>The matches <see cref="Matches"/> lists, one at a time, without a list: for loops that run for every sentence.</summary>
    public MatchWalk Each(TokenList tokens, int from = 0, int to = int.MaxValue) => new(this, tokens, from, to);

    /// <summary>The last of the matches <see cref="Matches"/> lists, or null.</summary>
    public PhraseMatch? Last(TokenList tokens, int from = 0, int to = int.MaxValue)
    {
        PhraseMatch? last = null;
        foreach (var m in Each(tokens, from, to)) last = m;
        return last;
    }

    /// <summary>Walks the matches of a text left to right, none overlapping another (see <see cref="Each"/>).</summary>
    public struct MatchWalk
    {
        readonly PhraseMatcher _matcher;
        readonly TokenList _tokens;
        readonly int _to;
        // The word to look at next; -1 before the first look (and when no word of the text starts a phrase).
        int _next;
        readonly int _from;

        internal MatchWalk(PhraseMatcher matcher, TokenList tokens, int from, int to) =>
            (_matcher, _tokens, _from, _to, _next, Current) = (matcher, tokens, from, to, -1, default);

        public PhraseMatch Current { get; private set; }

        public readonly MatchWalk GetEnumerator() => this;

        public bool MoveNext()
        {
            if (_next == -1)
            {
                if (!_matcher.MayStartIn(_tokens)) return false;
                _next = _tokens.IndexAt(_from);
            }
            for (; _next < _tokens.Count && _tokens[_next].Start < _to; _next++)
            {
                if (_matcher.At(_tokens, _next) is not { } b) continue;
                Current = b;
                _next = b.LastToken + 1;
                return true;
            }
            _next = int.MaxValue;
            return false;
        }
    }

    /// <summary>False when no word of the text starts one of the phrases (most texts, for most vocabularies).</summary>
    bool MayStartIn(TokenList tokens) => _bit == 0 || (FirstWords.UnionOf(tokens) & _bit) != 0;

    /// <summary>The longest phrase starting at word <paramref name="i"/>, if any.</summary>
    PhraseMatch? At(TokenList tokens, int i)
    {
        if (_bit != 0 && (tokens.MaskAt(i) & _bit) == 0) return null;
        PhraseMatch? best = null;
        var word = tokens[i].Folded;
        if (_byWord.TryGetValue(word, out var exact)) best = Longest(tokens, i, exact.At(tokens, i), best);
        foreach (var len in _prefixLengths)
            if (len <= word.Length && _prefixLookup.TryGetValue(word.AsSpan(0, len), out var prefixed)) best = Longest(tokens, i, prefixed.At(tokens, i), best);
        if (_byNumber.All.Count > 0 && NumberOf(word) is not null) best = Longest(tokens, i, _byNumber.At(tokens, i), best);
        return best;
    }

    static PhraseMatch? Longest(TokenList tokens, int at, List<Phrase> phrases, PhraseMatch? best)
    {
        foreach (var phrase in phrases)
        {
            if (at + phrase.Parts.Length > tokens.Count) continue;
            int? number = null;
            var ok = true;
            for (var k = 0; k < phrase.Parts.Length && ok; k++)
            {
                if (k > 0 && !tokens.Joined(at + k - 1)) { ok = false; break; }
                var part = phrase.Parts[k];
                var word = tokens[at + k].Folded;
                if (part.Any) ok = true;
                else if (part.Number) ok = (number = NumberOf(word)) is not null;
                else ok = part.Prefix ? word.StartsWith(part.Text, StringComparison.Ordinal) : word == part.Text;
            }
            if (!ok) continue;
            var last = at + phrase.Parts.Length - 1;
            var end = tokens[last].End;
            if (best is { } b && b.End >= end) continue;
            best = new PhraseMatch(tokens[at].Start, end, at, last, phrase.Tag, number);
        }
        return best;
    }

    static int? NumberOf(string folded) =>
        folded.Length > 0 && char.IsDigit(folded[0]) ? (folded.Length <= 4 && int.TryParse(folded, out var n) ? n : null) : CalendarWords.SmallNumber(folded);
}
