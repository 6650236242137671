using System.Text;
using System.Text.RegularExpressions;
using Bot.Knowledge.Text;

namespace Bot.Knowledge.Extraction.Vocabulary;

/// <summary>
/// Turns the phrases of the vocabulary files into regular expressions. A phrase is words separated by spaces; a
/// trailing * on a word matches any ending ("подпис*"), {a|b} matches either ("пят{ый|ое}"), # stands for a number,
/// е also matches ё. A phrase only matches whole words.
/// </summary>
public static class Phrases
{
    public const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    /// <summary>Letters and digits may not touch a match on either side.</summary>
    public const string Before = @"(?<![\p{L}\p{N}])";
    public const string After = @"(?![\p{L}\p{N}])";

    /// <summary>The phrases as one compiled expression: it runs on every sentence of every document ingested.</summary>
    public static Regex Compile(IEnumerable<string> phrases, string? numberPattern = null) =>
        new(Before + Alternation(phrases, numberPattern) + After, Options | RegexOptions.Compiled);

    /// <summary>The same expression run interpreted: for one asked only of the few texts a cheaper test lets through.</summary>
    public static Regex Interpreted(IEnumerable<string> phrases) => new(Before + Alternation(phrases) + After, Options);

    /// <summary>The phrases as one non-capturing group, longest first, without the word boundaries.</summary>
    public static string Alternation(IEnumerable<string> phrases, string? numberPattern = null)
    {
        var parts = phrases.Where(p => !string.IsNullOrWhiteSpace(p)).Distinct(StringComparer.OrdinalIgnoreCase)
            .OrderByDescending(p => p.Length).Select(p => Pattern(p, numberPattern)).ToList();
        return parts.Count == 0 ? "(?!)" : "(?:" + string.Join('|', parts) + ")";
    }

    public static string Pattern(string phrase, string? numberPattern = null)
    {
        var sb = new StringBuilder();
        var words = phrase.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var w = 0; w < words.Length; w++)
        {
            if (w > 0) sb.Append(@"[\s\u00A0]+");
            Word(sb, words[w], numberPattern);
        }
        return sb.ToString();
    }

    static void Word(StringBuilder sb, string word, string? numberPattern)
    {
        for (var i = 0; i < word.Length; i++)
        {
            var c = word[i];
            if (c == '*' && i == word.Length - 1) sb.Append(@"[\p{L}\p{Mn}]*");
            else if (c == '#') sb.Append("(?<n>").Append(numberPattern ?? @"\d+").Append(')');
            else if (c == '{')
            {
                var close = word.IndexOf('}', i);
                if (close < 0) throw new FormatException($"unclosed {{ in vocabulary phrase '{word}'");
                sb.Append("(?:").Append(string.Join('|', word[(i + 1)..close].Split('|').Select(Literal))).Append(')');
                i = close;
            }
            else sb.Append(Literal(c.ToString()));
        }
    }

    static string Literal(string text)
    {
        var sb = new StringBuilder();
        foreach (var c in text)
            sb.Append(Alphabet.FoldClass(char.ToLowerInvariant(c)) ?? Regex.Escape(c.ToString()));
        return sb.ToString();
    }
}
