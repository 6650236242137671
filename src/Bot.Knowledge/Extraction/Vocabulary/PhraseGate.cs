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
        for (var i = 0; i < tokens.Count; i++)
        {
            var word = tokens[i].Folded;
            bits |= _words.GetValueOrDefault(word);
            foreach (var len in _prefixLengths)
                if (len <= word.Length && _prefixLookup.TryGetValue(word.AsSpan(0, len), out var m)) bits |= m;
        }
        return bits;
    }

    /// <summary>Whether vocabulary <paramref name="v"/>'s bit is among <paramref name="bits"/>.</summary>
    public static bool Has(ulong bits, int v) => (bits & (1UL << v)) != 0;
}
