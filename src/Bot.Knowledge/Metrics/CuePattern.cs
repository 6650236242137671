using System.Text;
using System.Text.RegularExpressions;
using Bot.Knowledge.Text;

namespace Bot.Knowledge.Metrics;

/// <summary>
/// Turns the cue lists of the data files into regular expressions: words separated by spaces, a trailing * for any
/// ending, case and ё/е ignored, whole words only.
/// </summary>
public static class CuePattern
{
    public const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    /// <summary>An alternation of the cues, longest first so "crude oil" wins over "oil", without a surrounding group.</summary>
    public static string Alternation(IEnumerable<string> cues) =>
        string.Join('|', cues.Where(c => c.Trim().Length > 0).Distinct(StringComparer.OrdinalIgnoreCase)
            .OrderByDescending(c => c.Length).Select(Phrase));

    /// <summary>
    /// An alternation of plain words ("january|jan|март|…", no pattern syntax in them) reordered for an expression read
    /// left to right (not <see cref="RegexOptions.RightToLeft"/>): words sharing their first letters stand together, so the
    /// expression's optimiser folds them into one branch per first letter, and the interpreter tries a few branches where
    /// a word starts instead of hundreds ("September" was held against each of 390 month forms; 3-4 times faster on the
    /// bench corpus). The matches are the same: two words can both match where a text stands only when one, case aside,
    /// begins the other, and the longer comes first in both orders (reverse alphabetical order puts "january" before
    /// "jan" as length did). An alternation with any pattern syntax in it is returned as it was.
    /// </summary>
    public static string PrefixOrdered(string alternation)
    {
        var words = alternation.Split('|');
        if (words.Any(w => w.Length == 0 || w.AsSpan().IndexOfAny(PatternSyntax) >= 0)) return alternation;
        return string.Join('|', words.OrderByDescending(w => w.ToLowerInvariant(), StringComparer.Ordinal).ThenByDescending(w => w.Length));
    }

    /// <summary>
    /// An alternation of <see cref="Alternation"/> (cue phrases, with endings and spaces in them) with the phrases that
    /// start with the same letter put together, for an expression read left to right: the optimiser folds each letter's
    /// phrases into one branch. Phrases starting with different letters (case and ё/е aside) can never match at the same
    /// place, and those that start alike keep their order (longest first), so the matches are the same. Anything else
    /// at a phrase's start than a letter, a sign or a letter class returns the alternation as it was.
    /// </summary>
    public static string FirstLetterGrouped(string alternation)
    {
        var phrases = new List<string>();
        var (start, inClass) = (0, false);
        for (var i = 0; i < alternation.Length; i++)
        {
            var c = alternation[i];
            if (c == '\\') i++;
            else if (c == '[') inClass = true;
            else if (c == ']') inClass = false;
            else if (c is '(' or ')') return alternation;
            else if (c == '|' && !inClass)
            {
                phrases.Add(alternation[start..i]);
                start = i + 1;
            }
        }
        phrases.Add(alternation[start..]);
        var keys = phrases.Select(FirstLetter).ToList();
        if (keys.Any(k => k is null)) return alternation;
        return string.Join('|', phrases.Select((p, i) => (p, i)).OrderBy(x => keys[x.i], StringComparer.Ordinal).ThenBy(x => x.i).Select(x => x.p));
    }

    // A letter, or a class of letters that fold together ("[её]"), by its first letter, upper case; an escaped sign as written.
    static string? FirstLetter(string phrase)
    {
        if (phrase.Length == 0) return null;
        if (phrase[0] == '[') return phrase.Length > 2 && char.IsLetter(phrase[1]) ? char.ToUpperInvariant(char.ToLowerInvariant(phrase[1])).ToString() : null;
        if (phrase[0] == '\\') return phrase.Length > 1 && !char.IsLetterOrDigit(phrase[1]) ? phrase[..2] : null;
        return char.IsLetterOrDigit(phrase[0]) || !PatternSyntaxOrSpace(phrase[0]) ? char.ToUpperInvariant(char.ToLowerInvariant(phrase[0])).ToString() : null;
    }

    static bool PatternSyntaxOrSpace(char c) => char.IsWhiteSpace(c) || PatternSyntax.Contains(c);

    static readonly System.Buffers.SearchValues<char> PatternSyntax = System.Buffers.SearchValues.Create(@"\[](){}.*+?^$|#");

    /// <summary>The cues as whole words: no letter may touch either end.</summary>
    public static string Words(IEnumerable<string> cues) => $@"(?<![\p{{L}}\p{{N}}])(?:{Alternation(cues)})(?![\p{{L}}])";

    public static Regex Compile(IEnumerable<string> cues, bool hot = false) =>
        new(Words(cues), hot ? Options | RegexOptions.Compiled : Options);

    static string Phrase(string cue)
    {
        var sb = new StringBuilder();
        var words = cue.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < words.Length; i++)
        {
            if (i > 0) sb.Append(@"[\s\u00A0]+");
            var w = words[i];
            var open = w.EndsWith('*');
            if (open) w = w[..^1];
            foreach (var c in w)
                sb.Append(Alphabet.FoldClass(Alphabet.Fold(char.ToLowerInvariant(c))) ?? Regex.Escape(c.ToString()));
            if (open) sb.Append(@"\p{L}*");
        }
        return sb.ToString();
    }
}
