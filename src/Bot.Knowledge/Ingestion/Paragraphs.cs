using System.Text.RegularExpressions;

namespace Bot.Knowledge.Ingestion;

/// <summary>Splits plain text into paragraphs at blank lines, dropping Markdown heading marks and emphasis.</summary>
public static partial class Paragraphs
{
    [GeneratedRegex(@"\r?\n\s*\r?\n")] private static partial Regex BlankLine();
    [GeneratedRegex(@"^#{1,6}\s+", RegexOptions.Multiline)] private static partial Regex Heading();
    [GeneratedRegex(@"(\*\*|__)(.+?)\1")] private static partial Regex Bold();
    [GeneratedRegex(@"\[([^\]]+)\]\([^)]+\)")] private static partial Regex Link();

    public static List<string> Split(string text, bool markdown)
    {
        if (markdown) text = Link().Replace(Bold().Replace(Heading().Replace(text, ""), "$2"), "$1");
        text = text.Replace("\r\n", "\n");
        // The pieces between blank lines, each trimmed and copied once (a split made every piece, then a trimmed copy of it).
        var paragraphs = new List<string>();
        var from = 0;
        foreach (var blank in BlankLine().EnumerateMatches(text))
        {
            Add(paragraphs, text, from, blank.Index);
            from = blank.Index + blank.Length;
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
