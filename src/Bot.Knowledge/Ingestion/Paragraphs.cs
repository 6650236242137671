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
        return BlankLine().Split(text.Replace("\r\n", "\n"))
            .Select(p => p.Trim())
            .Where(p => p.Length > 0)
            .ToList();
    }
}
