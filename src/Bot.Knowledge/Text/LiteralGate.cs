using System.Buffers;

namespace Bot.Knowledge.Text;

/// <summary>
/// A test, far cheaper than the expression it guards, that a vocabulary expression (<see cref="Metrics.CuePattern"/>,
/// <see cref="Extraction.Vocabulary.Phrases"/>) can match a text at all: every phrase of the vocabulary needs the letters
/// of its most telling word, so a text holding none of them (case and ё/е aside) is skipped without running the
/// expression. Most sentences name no signing and no qualifier, and one vectorised search over the text settles that.
/// </summary>
/// <remarks>
/// Never wrong in the other direction: a word's letters are taken only up to its first character that is not a plain
/// Latin or Cyrillic letter or digit ("*", "{", "#", an apostrophe), and "k" is also searched for as the Kelvin sign
/// (case-blind expressions match it; ordinal case-blind search does not). A phrase with no such letters turns the gate off.
/// </remarks>
internal sealed class LiteralGate
{
    // Spellings of one word's letters that fold together (ё/е): each is searched for; beyond this many the word is cut.
    const int MaxSpellings = 16;

    readonly SearchValues<string>? _words;

    LiteralGate(SearchValues<string>? words) => _words = words;

    /// <summary>False only when the expression cannot match <paramref name="text"/>.</summary>
    public bool MayMatch(ReadOnlySpan<char> text) => _words is null || text.ContainsAny(_words);

    public static LiteralGate Of(IEnumerable<string> phrases)
    {
        var needed = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var phrase in phrases)
        {
            if (string.IsNullOrWhiteSpace(phrase)) continue;
            List<string>? best = null;
            foreach (var word in phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                if (Spellings(word) is { } s && (best is null || s[0].Length > best[0].Length)) best = s;
            if (best is null) return new LiteralGate(null);
            needed.UnionWith(best);
        }
        return new LiteralGate(needed.Count == 0 ? null : SearchValues.Create([.. needed], StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>The spellings of a word's leading letters (lower case), or null when it starts with none.</summary>
    static List<string>? Spellings(string word)
    {
        List<string> spellings = [""];
        foreach (var c in word)
        {
            if (!IsPlain(c)) break;
            var folded = Alphabet.Fold(char.ToLowerInvariant(c));
            // "[её]": every letter compared as this one.
            var letters = Alphabet.FoldClass(folded) is { } cls ? cls[1..^1] : folded == 'k' ? "k\u212A" : folded.ToString();
            if (spellings.Count * letters.Length > MaxSpellings) break;
            spellings = [.. spellings.SelectMany(s => letters.Select(l => s + l))];
        }
        return spellings[0].Length == 0 ? null : spellings;
    }

    static bool IsPlain(char c) =>
        c is >= 'a' and <= 'z' or >= 'A' and <= 'Z' or >= '0' and <= '9' || c is >= '\u0400' and <= '\u04FF' && char.IsLetter(c);
}
