using System.Text.RegularExpressions;

namespace Bot.Answering.Spans;

/// <summary>Words of the lexicon as one regex alternation, longest first so "процентов" is tried before "процент".</summary>
public static class WordAlternation
{
    public static string Of(IEnumerable<string> words) =>
        string.Join('|', words.Distinct(StringComparer.Ordinal).OrderByDescending(w => w.Length).Select(Regex.Escape));
}
