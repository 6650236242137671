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
