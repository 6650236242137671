using System.Text;
using System.Text.RegularExpressions;

namespace Bot.Answering.Evaluation;

/// <summary>
/// Evaluation files are scored as Python's <c>re.search(p, answer, re.IGNORECASE)</c> would. .NET shares almost all
/// of that syntax (Unicode \w and \b, lookbehind); the few constructs only Python has are rewritten here:
/// <c>(?P&lt;name&gt;…)</c>, <c>(?P=name)</c>, <c>\Z</c> and the open lower bound <c>{,n}</c>.
/// </summary>
public static class PythonPattern
{
    static readonly TimeSpan Timeout = TimeSpan.FromSeconds(2);

    /// <summary>The pattern as a case-insensitive .NET regex; <see cref="ArgumentException"/> when it is not a valid one.</summary>
    public static Regex Compile(string pattern) =>
        new(Translate(pattern), RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, Timeout);

    public static string Translate(string pattern)
    {
        var sb = new StringBuilder(pattern.Length);
        var inClass = false;
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            if (c == '\\' && i + 1 < pattern.Length)
            {
                var next = pattern[i + 1];
                sb.Append(next == 'Z' && !inClass ? @"\z" : $"\\{next}");
                i++;
                continue;
            }
            if (inClass)
            {
                if (c == ']') inClass = false;
                sb.Append(c);
                continue;
            }
            if (c == '[')
            {
                inClass = true;
                sb.Append(c);
                // A ']' first in a class is a literal in both dialects.
                if (i + 1 < pattern.Length && pattern[i + 1] == '^') sb.Append(pattern[++i]);
                if (i + 1 < pattern.Length && pattern[i + 1] == ']') sb.Append(pattern[++i]);
                continue;
            }
            if (Starts(pattern, i, "(?P<"))
            {
                sb.Append("(?<");
                i += 3;
                continue;
            }
            if (Starts(pattern, i, "(?P=") && pattern.IndexOf(')', i) is var close and > 0)
            {
                sb.Append(@"\k<").Append(pattern, i + 4, close - i - 4).Append('>');
                i = close;
                continue;
            }
            if (c == '{' && i + 1 < pattern.Length && pattern[i + 1] == ',' && OpenLowerBound(pattern, i) is { } end)
            {
                sb.Append("{0").Append(pattern, i + 1, end - i);
                i = end;
                continue;
            }
            sb.Append(c);
        }
        return sb.ToString();
    }

    static bool Starts(string s, int i, string prefix) => string.CompareOrdinal(s, i, prefix, 0, prefix.Length) == 0;

    /// <summary>"{,5}": the index of the closing brace when digits follow the comma, else null (a literal brace).</summary>
    static int? OpenLowerBound(string s, int i)
    {
        var j = i + 2;
        while (j < s.Length && char.IsAsciiDigit(s[j])) j++;
        return j > i + 2 && j < s.Length && s[j] == '}' ? j : null;
    }
}
