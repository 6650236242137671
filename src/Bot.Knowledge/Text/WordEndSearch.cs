using System.Buffers;

namespace Bot.Knowledge.Text;

/// <summary>
/// Whether a text holds one of a few words (ordinal comparison, case aside) ending where no letter follows: "раза",
/// "пъти", "fold" (also inside "elevenfold"). Searched from the words' last letters, which one vectorised search finds,
/// instead of every word at every place: a multi-word search that ignores case is slow on Cyrillic text (it looks each
/// character up in a table), and this test runs on every sentence that states a figure.
/// </summary>
internal sealed class WordEndSearch
{
    readonly string[] _words;
    // Every character that equals a word's last letter, case aside, as the comparison below sees it.
    readonly SearchValues<char> _lastLetters;

    public WordEndSearch(IEnumerable<string> words)
    {
        _words = [.. words.Where(w => w.Length > 0)];
        var lasts = _words.Select(w => w[^1]).Distinct().ToArray();
        var letters = new List<char>();
        for (var c = char.MinValue; ; c++)
        {
            var one = c;
            if (lasts.Any(last => MemoryExtensions.Equals([one], [last], StringComparison.OrdinalIgnoreCase))) letters.Add(c);
            if (c == char.MaxValue) break;
        }
        _lastLetters = SearchValues.Create([.. letters]);
    }

    /// <summary>True when a word ends at some place of <paramref name="text"/> that no letter follows.</summary>
    public bool EndsAWord(ReadOnlySpan<char> text)
    {
        for (var from = 0; from < text.Length && text[from..].IndexOfAny(_lastLetters) is >= 0 and var found;)
        {
            var end = from + found + 1;
            if (end >= text.Length || !char.IsLetter(text[end]))
                foreach (var word in _words)
                    if (word.Length <= end && text.Slice(end - word.Length, word.Length).Equals(word, StringComparison.OrdinalIgnoreCase)) return true;
            from = end;
        }
        return false;
    }
}
