namespace Bot.Knowledge.Extraction.Vocabulary;

/// <summary>
/// The first words of every <see cref="PhraseMatcher"/>, together: each word of a text is looked up here once, and the
/// answer (a bit per matcher that has a phrase starting with that word) lets every matcher skip the words that cannot
/// start one of its phrases. Reading a sentence for a dozen vocabularies then costs one lookup per word, not a dozen.
/// </summary>
internal static class FirstWords
{
    public const int Capacity = 64;

    sealed record Table(Dictionary<string, ulong> Words, Dictionary<string, ulong> Prefixes, int[] PrefixLengths, ulong Numbers, int Count)
    {
        public Dictionary<string, ulong>.AlternateLookup<ReadOnlySpan<char>> PrefixLookup { get; } = Prefixes.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    static readonly Lock Gate = new();
    // Replaced whole on each registration (which happens while the vocabularies load), so reading needs no lock.
    static volatile Table _table = new(new(StringComparer.Ordinal), new(StringComparer.Ordinal), [], 0, 0);

    /// <summary>How many matchers have registered: masks made earlier know nothing of the later ones.</summary>
    public static int Count => _table.Count;

    /// <returns>The matcher's bit, or -1 when all are taken (that matcher then reads every word).</returns>
    public static int Register(IEnumerable<string> words, IEnumerable<string> prefixes, bool numbers)
    {
        lock (Gate)
        {
            var old = _table;
            if (old.Count >= Capacity) return -1;
            var bit = old.Count;
            var mask = 1UL << bit;
            var wordMasks = new Dictionary<string, ulong>(old.Words, StringComparer.Ordinal);
            var prefixMasks = new Dictionary<string, ulong>(old.Prefixes, StringComparer.Ordinal);
            foreach (var w in words) wordMasks[w] = wordMasks.GetValueOrDefault(w) | mask;
            foreach (var p in prefixes) prefixMasks[p] = prefixMasks.GetValueOrDefault(p) | mask;
            _table = new Table(wordMasks, prefixMasks, [.. prefixMasks.Keys.Select(k => k.Length).Distinct().OrderDescending()],
                old.Numbers | (numbers ? mask : 0), bit + 1);
            return bit;
        }
    }

    /// <summary>A word's mask, for the table it was worked out with: the same every time the word is read while the table stays.</summary>
    sealed record WordMask(Table Table, ulong Bits);

    /// <summary>The bits of the matchers a word may start a phrase of, worked out once per word record (and table).</summary>
    public static ulong MaskOf(WordForms word)
    {
        var table = _table;
        if (word.Mask is WordMask known && ReferenceEquals(known.Table, table)) return known.Bits;
        var folded = word.Folded;
        var bits = MaskOf(table, folded, folded.Length > 0 && (char.IsDigit(folded[0]) || CalendarWords.SmallNumber(folded) is not null));
        word.Mask = new WordMask(table, bits);
        return bits;
    }

    /// <summary>
    /// The bits of every matcher one of the text's words may start a phrase of: a matcher whose bit is not there has
    /// nothing to find in the text, and skips it without reading a word. Worked out once per token list (and table).
    /// </summary>
    public static ulong UnionOf(TokenList tokens)
    {
        var table = _table;
        if (tokens.Union is WordMask known && ReferenceEquals(known.Table, table)) return known.Bits;
        var bits = 0UL;
        for (var i = 0; i < tokens.Count; i++) bits |= MaskOf(tokens.FormsAt(i));
        // A table that grew while the words were read leaves the older union, which the next reading replaces.
        tokens.Union = new WordMask(table, bits);
        return bits;
    }

    static ulong MaskOf(Table table, string folded, bool isNumber)
    {
        var mask = table.Words.GetValueOrDefault(folded);
        foreach (var len in table.PrefixLengths)
            if (len <= folded.Length && table.PrefixLookup.TryGetValue(folded.AsSpan(0, len), out var m)) mask |= m;
        if (isNumber) mask |= table.Numbers;
        return mask;
    }
}
