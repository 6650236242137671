using Bot.Knowledge.Text;

namespace Bot.Knowledge.Extraction.Vocabulary;

/// <summary>
/// The single words of a set of phrases, for a fast "is this word one of them" without a regular expression: exact
/// words, and the stems of words written with a trailing * ("подпис*" holds every word starting "подпис").
/// </summary>
public sealed class WordSet
{
    readonly HashSet<string> _exact = new(StringComparer.Ordinal);
    readonly HashSet<string> _prefixes = new(StringComparer.Ordinal);
    readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _prefixLookup;
    readonly int[] _lengths;

    public WordSet(IEnumerable<string> phrases)
    {
        foreach (var word in phrases.SelectMany(p => p.Split(' ', StringSplitOptions.RemoveEmptyEntries)))
        {
            if (word.Contains('{') || word.Contains('#')) continue;
            var folded = TextNormalizer.Fold(word);
            if (folded.EndsWith('*')) _prefixes.Add(folded[..^1]);
            else _exact.Add(folded);
        }
        _prefixLookup = _prefixes.GetAlternateLookup<ReadOnlySpan<char>>();
        _lengths = [.. _prefixes.Select(p => p.Length).Distinct().OrderDescending()];
    }

    public bool Contains(string word) => ContainsFolded(TokenList.Fold(word));

    public bool ContainsFolded(string folded)
    {
        if (_exact.Contains(folded)) return true;
        foreach (var len in _lengths)
            if (len <= folded.Length && _prefixLookup.Contains(folded.AsSpan(0, len))) return true;
        return false;
    }
}
