namespace Bot.Knowledge.Extraction.Vocabulary;

/// <summary>
/// Several vocabularies, each compiled into its own expression, asked of one text: which of them may match there at all,
/// told by the text's words — a phrase can only start at a word it starts with (see <see cref="PhraseMatcher.FirstWordsOf"/>).
/// A text then runs only the expressions of the vocabularies whose first words it holds, instead of every one (the
/// domains of an agreement: fifteen case-blind expressions over every document signed). Whatever an expression finds, its
/// vocabulary's bit is set (as <see cref="PhraseExpression"/>, a phrase with a word the tokenizer would split or drop
/// leaves its vocabulary always to be run), so the expressions still decide.
/// </summary>
public sealed class PhraseGate
{
    readonly Dictionary<string, ulong> _words = new(StringComparer.Ordinal);
    readonly Dictionary<string, ulong> _prefixes = new(StringComparer.Ordinal);
    readonly Dictionary<string, ulong>.AlternateLookup<ReadOnlySpan<char>> _prefixLookup;
    readonly int[] _prefixLengths;
    // The vocabularies asked of every text: a phrase of theirs may start with any word.
    readonly ulong _always;

    /// <param name="vocabularies">At most 64, each given its bit in the order given.</param>
    public PhraseGate(IReadOnlyList<IEnumerable<string>> vocabularies)
    {
        if (vocabularies.Count > 64) throw new ArgumentOutOfRangeException(nameof(vocabularies), vocabularies.Count, "a gate holds at most 64 vocabularies");
        for (var v = 0; v < vocabularies.Count; v++)
        {
            var bit = 1UL << v;
            foreach (var phrase in vocabularies[v].Where(p => !string.IsNullOrWhiteSpace(p)))
            {
                if (!PhraseExpression.AllWords(phrase)) { _always |= bit; continue; }
                foreach (var (word, prefix) in PhraseMatcher.FirstWordsOf(phrase))
                {
                    if (word is null) { _always |= bit; continue; }
                    var table = prefix ? _prefixes : _words;
                    table[word] = table.GetValueOrDefault(word) | bit;
                }
            }
        }
        _prefixLookup = _prefixes.GetAlternateLookup<ReadOnlySpan<char>>();
        _prefixLengths = [.. _prefixes.Keys.Select(k => k.Length).Distinct().OrderDescending()];
    }

    /// <summary>The bits of the vocabularies that may match somewhere in the text: bit <c>v</c> for the <c>v</c>-th given.</summary>
    public ulong MayMatch(TokenList tokens)
    {
        var bits = _always;
        for (var i = 0; i < tokens.Count; i++) bits |= BitsOf(tokens.FormsAt(i));
        return bits;
    }

    // Each gate's number among the gates, for the bits a word record keeps for it.
    static int _gates;
    readonly int _slot = Interlocked.Increment(ref _gates) - 1;

    /// <summary>
    /// The bits of one word, worked out once per word record and kept on it: a word is looked up under its own form and
    /// each length of prefix (a dozen lookups), and the same words come back sentence after sentence.
    /// </summary>
    ulong BitsOf(WordForms forms)
    {
        var kept = forms.GateBits as GateBits;
        if (_slot < 64 && kept is not null && (kept.Known & (1UL << _slot)) != 0) return kept.Bits[_slot];
        var word = forms.Folded;
        var bits = _words.GetValueOrDefault(word);
        foreach (var len in _prefixLengths)
            if (len <= word.Length && _prefixLookup.TryGetValue(word.AsSpan(0, len), out var m)) bits |= m;
        // (A gate past the 64th keeps nothing: its words are looked up each time, as before.)
        if (_slot < 64) forms.GateBits = GateBits.With(kept, _slot, bits);
        return bits;
    }

    /// <summary>A word's bits for each gate that has read it: replaced whole, never changed, as every slot of a word record is.</summary>
    sealed class GateBits(ulong[] bits, ulong known)
    {
        public ulong[] Bits { get; } = bits;
        public ulong Known { get; } = known;

        public static GateBits With(GateBits? kept, int slot, ulong value)
        {
            var bits = new ulong[Math.Max(slot + 1, kept?.Bits.Length ?? 0)];
            kept?.Bits.CopyTo(bits, 0);
            bits[slot] = value;
            return new GateBits(bits, (kept?.Known ?? 0) | 1UL << slot);
        }
    }

    /// <summary>Whether vocabulary <paramref name="v"/>'s bit is among <paramref name="bits"/>.</summary>
    public static bool Has(ulong bits, int v) => (bits & (1UL << v)) != 0;
}
