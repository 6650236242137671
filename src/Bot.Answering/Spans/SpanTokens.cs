using System.Text.RegularExpressions;

namespace Bot.Answering.Spans;

/// <summary>
/// The words of a text as the span readers walk them: letters with their marks, apostrophes and hyphens inside a word, and
/// digits between letters ("25 B2B meetings" counts B2B meetings, not a word "B").
/// </summary>
public static partial class SpanTokens
{
    public static List<Match> Of(string text) => Word().Matches(text).ToList();

    [GeneratedRegex(@"\p{L}[\p{L}\p{M}'’-]*(?:\p{Nd}+\p{L}[\p{L}\p{M}'’-]*)*")]
    private static partial Regex Word();
}
