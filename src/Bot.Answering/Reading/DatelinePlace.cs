using System.Text.RegularExpressions;
using Bot.Answering.Spans;

namespace Bot.Answering.Reading;

/// <summary>
/// "ASTANA – Bulgarian President Rumen Radev's visit …", "София, 5 юни — …": the place a report opens with is where it was
/// filed, not necessarily where what it tells happened; a place the sentence itself tells of answers "where" better.
/// </summary>
public static partial class DatelinePlace
{
    public const double Factor = 0.5;

    // A capitalised place (one or two words), maybe a comma and a short date or agency, then a dash (a hyphen only between
    // spaces, as wires type it: "SOFIA, May 22 (BTA) - The …"): no words of the sentence.
    [GeneratedRegex(@"^\s*\p{Lu}[\p{L}.\-]*(?:\s\p{Lu}[\p{L}.\-]*)?(?:\s*\([^)]{0,30}\))?(?:,[^–—\n]{0,40}?)?(?:\s*[–—]|\s-)\s", RegexOptions.CultureInvariant)]
    private static partial Regex Prefix();

    public static bool Is(string sentence, AnswerSpan span) => span.Start <= 3 && InPrefix(sentence, span);

    /// <summary>Whether the span lies in the dateline the sentence opens with ("SOFIA, May 22 (BTA) -").</summary>
    public static bool InPrefix(string sentence, AnswerSpan span) =>
        Prefix().Match(sentence) is { Success: true } m && span.End <= m.Index + m.Length;
}
