using System.Text.RegularExpressions;

namespace Bot.Knowledge.Ingestion;

/// <summary>Splits plain text into paragraphs at blank lines, dropping Markdown heading marks and emphasis.</summary>
public static partial class Paragraphs
{
    [GeneratedRegex(@"\r?\n\s*\r?\n")] private static partial Regex BlankLine();
    [GeneratedRegex(@"^#{1,6}\s+", RegexOptions.Multiline)] private static partial Regex Heading();
    [GeneratedRegex(@"(\*\*|__)(.+?)\1")] private static partial Regex Bold();
    [GeneratedRegex(@"\[([^\]]+)\]\([^)]+\)")] private static partial Regex Link();

    public static List<string> Split(string text, bool markdown) => Split(text, 0, markdown);

    /// <summary>
    /// The paragraphs of <c>text[start..]</c>, cut from <paramref name="text"/> itself: the part is copied out only when a
    /// Markdown mark in it is replaced or it has Windows line ends (a Markdown file's body, after its front matter, is
    /// most of the file, and copying it was a fifth of what reading a file allocated).
    /// </summary>
    public static List<string> Split(string text, int start, bool markdown)
    {
        // The three replacements change nothing unless one of them matches the text as it is.
        if (markdown && (Heading().IsMatch(text.AsSpan(start)) || Bold().IsMatch(text.AsSpan(start)) || Link().IsMatch(text.AsSpan(start))))
            (text, start) = (Link().Replace(Bold().Replace(Heading().Replace(text[start..], ""), "$2"), "$1"), 0);
        if (text.AsSpan(start).Contains("\r\n", StringComparison.Ordinal)) (text, start) = (text[start..].Replace("\r\n", "\n"), 0);
        // The pieces between blank lines, each trimmed and copied once (a split made every piece, then a trimmed copy of it).
        var paragraphs = new List<string>();
        var from = start;
        foreach (var blank in BlankLine().EnumerateMatches(text.AsSpan(start)))
        {
            Add(paragraphs, text, from, start + blank.Index);
            from = start + blank.Index + blank.Length;
        }
        Add(paragraphs, text, from, text.Length);
        return paragraphs;
    }

    static void Add(List<string> paragraphs, string text, int from, int to)
    {
        var piece = text.AsSpan(from, to - from).Trim();
        if (piece.Length == 0) return;
        paragraphs.Add(piece.Length == text.Length ? text : piece.ToString());
    }
}
