using Bot.Knowledge.Text;

namespace Bot.Knowledge.Extraction.Vocabulary;

/// <summary>
/// A text's words with their offsets and folded forms, made once and shared by every <see cref="PhraseMatcher"/> that
/// reads the text: matching vocabulary word by word is far cheaper than running many regular expressions over it.
/// </summary>
public sealed class TokenList
{
    public readonly record struct Token(int Start, int Length, string Folded)
    {
        public int End => Start + Length;
    }

    // Where each word stands; its folded form is its shared record's (a token is made from the two when asked for), so a
    // word costs 8 bytes here, not 16: a token list is made for every sentence and most of its pieces.
    readonly record struct Bounds(int Start, int Length)
    {
        public int End => Start + Length;
    }

    // Exact-size arrays: lists would carry their spare capacity and two more objects each.
    readonly Bounds[] _tokens;
    // Beside each token, its word's shared record: what the readers of a word work out from it is kept there.
    readonly WordForms[] _forms;

    public string Text { get; }

    TokenList(string text)
    {
        Text = text;
        var (tokens, forms) = (_scratchTokens ??= [], _scratchForms ??= []);
        tokens.Clear();
        forms.Clear();
        var recent = RecentWords();
        var position = 0;
        while (Tokenizer.Next(text, ref position, out var start, out var length))
        {
            var written = text.AsSpan(start, length);
            ref var slot = ref recent[SlotOf(written)];
            var word = slot is { } last && written.SequenceEqual(last.Written) ? last : (slot = FormsOf(written));
            tokens.Add(new Bounds(start, length));
            forms.Add(word);
        }
        _tokens = tokens.Count == 0 ? [] : [.. tokens];
        _forms = forms.Count == 0 ? [] : [.. forms];
        // A huge text's words are not held by the thread after it.
        if (tokens.Count > 4096) (_scratchTokens, _scratchForms) = (null, null);
    }

    [ThreadStatic] static List<Bounds>? _scratchTokens;
    [ThreadStatic] static List<WordForms>? _scratchForms;

    // News repeats its words: each written form is folded once and its record shared, instead of a new string (and new
    // keys, and a new phrase mask) for every word of every sentence. One cache for the process, not one per thread: the
    // bot reads with many threads (pool threads answer, ingest, poll), and each kept its own copy of the same words.
    // Bounded: a run over a huge vocabulary starts over rather than grows; and what one ingestion run taught it is let
    // go when the run ends (ForgetWords), since answering reads few of those words again.
    static readonly WordCache<WordForms> Folded = new(limit: 65_536);

    static WordForms FormsOf(ReadOnlySpan<char> word)
    {
        if (Folded.TryGet(word, out var forms)) return forms;
        var folded = Fold(word);
        // Most words are written as they fold (lower case): then the folded string is the key too.
        var written = word.SequenceEqual(folded) ? folded : word.ToString();
        return Folded.Add(written, new WordForms(folded, written));
    }

    // In front of the shared cache, each thread keeps the records of the words it read last, one per slot of a small
    // table: a few thousand words make most of any news text, and a slot of a table that stays in the processor's cache
    // costs a fraction of a lookup in the shared one (a randomised hash of the word, then reads from anywhere in its
    // 50,000 words). A word whose slot another word took is looked up in the shared cache and takes the slot back.
    const int RecentWordBits = 13;
    [ThreadStatic] static WordForms?[]? _recentWords;
    [ThreadStatic] static int _recentWordsAge;
    // Counts the times the words were let go: a thread's table of an earlier count is emptied before it is read again.
    static int _wordsAge;
    // Every thread's table, emptied when the words are let go: a thread that reads no text after an ingestion run (a pool
    // thread) would otherwise keep its 8,192 word records alive as long as it lives (measured: 16 MB after a bench run).
    static readonly List<WeakReference<WordForms?[]>> Tables = [];

    static WordForms?[] RecentWords()
    {
        var age = Volatile.Read(ref _wordsAge);
        if (_recentWords is { } recent)
        {
            if (_recentWordsAge != age) Array.Clear(recent);
            _recentWordsAge = age;
            return recent;
        }
        var made = new WordForms?[1 << RecentWordBits];
        lock (Tables)
        {
            Tables.RemoveAll(t => !t.TryGetTarget(out _));
            Tables.Add(new WeakReference<WordForms?[]>(made));
        }
        _recentWordsAge = age;
        return _recentWords = made;
    }

    static int SlotOf(ReadOnlySpan<char> word)
    {
        var hash = (uint)word.Length;
        foreach (var c in word) hash = (hash ^ c) * 16_777_619u;
        return (int)((hash * 0x9E3779B1u) >> (32 - RecentWordBits));
    }

    /// <summary>
    /// Lets go of every word record kept so far (token lists made already keep theirs): called when an ingestion run ends,
    /// so the words of the documents it read are not held for as long as the process answers questions; so are the tables of
    /// every thread's last words.
    /// </summary>
    public static void ForgetWords()
    {
        Interlocked.Increment(ref _wordsAge);
        // A thread reading meanwhile may put a record back in a slot emptied here: it finds the record or misses, never a wrong one.
        lock (Tables)
            foreach (var table in Tables)
                if (table.TryGetTarget(out var words)) Array.Clear(words);
        Folded.Clear();
    }

    /// <summary>The month word <paramref name="i"/> names (<see cref="CalendarWords.Month"/>), worked out once per written word.</summary>
    public int? MonthAt(int i)
    {
        var forms = _forms[i];
        if (forms.Month == 0) forms.Month = CalendarWords.Month(forms.Folded) ?? -1;
        return forms.Month > 0 ? forms.Month : null;
    }

    /// <summary>The search-index keys of word <paramref name="i"/> as UTF-8, worked out once per written word (<see cref="TermAnalyzer.WordKeyBytes"/>).</summary>
    internal byte[] IndexKeysAt(int i)
    {
        var forms = _forms[i];
        return forms.IndexKeys ??= TermAnalyzer.WordKeyBytes(forms.Written);
    }

    /// <summary>The shared record of word <paramref name="i"/>.</summary>
    internal WordForms FormsAt(int i) => _forms[i];

    /// <summary>
    /// <see cref="TextNormalizer.Fold"/> without its cost for the words news is written in: Latin and Cyrillic letters
    /// are lowered here (Cyrillic through culture-aware lowering is slow), anything else goes to the normalizer.
    /// </summary>
    public static string Fold(string word) => Fold(word.AsSpan());

    internal static string Fold(ReadOnlySpan<char> word)
    {
        Span<char> lowered = word.Length <= 64 ? stackalloc char[word.Length] : new char[word.Length];
        for (var i = 0; i < word.Length; i++)
        {
            var c = word[i];
            if (c < 0x80) lowered[i] = c is >= 'A' and <= 'Z' ? (char)(c + 32) : c;
            else if (c is >= '\u0410' and <= '\u042F') lowered[i] = (char)(c + 0x20);
            else if (c is >= '\u0430' and <= '\u044F') lowered[i] = c;
            else if (c is >= '\u0400' and <= '\u040F') lowered[i] = (char)(c + 0x50);
            else if (c is >= '\u0450' and <= '\u045F') lowered[i] = c;
            else if (c is >= '\u0460' and <= '\u04BF' && c != '\u0482' && c is < '\u0483' or > '\u0489' || c is >= '\u04D0' and <= '\u04FF') lowered[i] = (char)(c | 1);
            else if (c is >= '\u04C1' and <= '\u04CE') lowered[i] = (char)(c % 2 == 1 ? c + 1 : c);
            else return TextNormalizer.Fold(word.ToString());
            if (c >= 0x80) lowered[i] = Alphabet.Fold(lowered[i]);
        }
        return new string(lowered);
    }

    public static TokenList Of(string text)
    {
        // A sentence is read by many matchers, and most were given its text, not its words: "does it state a signing"
        // alone tokenized it three times. The last few texts are kept per thread; a string never changes, so the same
        // instance has the same words. Long texts are not kept: a huge one-line file is read once anyway.
        if (text.Length > RecentLimit) return new TokenList(text);
        var recent = _recent ??= new TokenList[RecentCount];
        foreach (var r in recent)
            if (r is not null && ReferenceEquals(r.Text, text)) return r;
        var made = new TokenList(text);
        recent[_next] = made;
        _next = (_next + 1) % RecentCount;
        return made;
    }

    /// <summary>
    /// Makes <paramref name="tokens"/> what <see cref="Of"/> gives for its text on this thread: a sentence whose words were
    /// split on another thread (the read-ahead) is not split again when an extractor is handed its text.
    /// </summary>
    internal static void Remember(TokenList tokens)
    {
        if (tokens.Text.Length > RecentLimit) return;
        var recent = _recent ??= new TokenList[RecentCount];
        // Words this thread split from the same text give way to these: one list of words per text.
        for (var i = 0; i < recent.Length; i++)
            if (recent[i] is { } r && ReferenceEquals(r.Text, tokens.Text))
            {
                recent[i] = tokens;
                return;
            }
        recent[_next] = tokens;
        _next = (_next + 1) % RecentCount;
    }

    const int RecentCount = 4;
    const int RecentLimit = 16_384;
    [ThreadStatic] static TokenList[]? _recent;
    [ThreadStatic] static int _next;

    public int Count => _tokens.Length;

    /// <summary>Set by <see cref="FirstWords.UnionOf"/>: which matchers may start a phrase anywhere in the text.</summary>
    internal object? Union { get; set; }

    /// <summary>Which matchers may start a phrase at word <paramref name="i"/> (see <see cref="FirstWords"/>); kept with the word, worked out once.</summary>
    internal ulong MaskAt(int i) => FirstWords.MaskOf(_forms[i]);

    public Token this[int i] => new(_tokens[i].Start, _tokens[i].Length, _forms[i].Folded);

    /// <summary>True when only spaces, hyphens or apostrophes stand between two neighbouring words: a phrase may go on.</summary>
    public bool Joined(int left)
    {
        for (var i = _tokens[left].End; i < _tokens[left + 1].Start; i++)
            if (!(char.IsWhiteSpace(Text[i]) || Text[i] is '-' or '\'' or '’' or '\u00A0' or '‑')) return false;
        return true;
    }

    /// <summary>The first token starting at or after a character offset.</summary>
    public int IndexAt(int charOffset)
    {
        var lo = 0;
        var hi = _tokens.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (_tokens[mid].Start < charOffset) lo = mid + 1; else hi = mid;
        }
        return lo;
    }
}
