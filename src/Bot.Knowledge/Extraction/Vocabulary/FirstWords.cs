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

    // A word's mask is the same every time it is read: worked out once per thread and word while the table stays the same
    // (it only changes while the vocabularies load). Bounded, as the fold cache is.
    const int CacheLimit = 50_000;
    [ThreadStatic] static Dictionary<string, ulong>? _masks;
    [ThreadStatic] static Table? _maskedTable;

    /// <summary>The bits of the matchers a folded word may start a phrase of.</summary>
    public static ulong MaskOf(string folded)
    {
        var table = _table;
        var masks = _masks ??= new Dictionary<string, ulong>(StringComparer.Ordinal);
        if (!ReferenceEquals(_maskedTable, table) || masks.Count >= CacheLimit)
        {
            masks.Clear();
            _maskedTable = table;
        }
        if (masks.TryGetValue(folded, out var mask)) return mask;
        mask = MaskOf(table, folded, folded.Length > 0 && (char.IsDigit(folded[0]) || CalendarWords.SmallNumber(folded) is not null));
        masks[folded] = mask;
        return mask;
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
