using System.Text;
using System.Text.RegularExpressions;

namespace Bot.Knowledge.Ingestion.Reading.Tables;

/// <summary>
/// Replaces each pipe table of a Markdown text (a header line, a "|---|:---:|" line, then rows) by its text as
/// <see cref="TableText"/> gives it, one paragraph per row. A "Table: …" line right above or below it is its caption,
/// else a heading right above it.
/// </summary>
public static partial class MarkdownTables
{
    [GeneratedRegex(@"^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$")]
    private static partial Regex Delimiter();

    [GeneratedRegex(@"^\s*(?:Table)?:\s+(?<c>\S.*)$")]
    private static partial Regex CaptionLine();

    [GeneratedRegex(@"^\s{0,3}#{2,6}\s+(?<c>.+?)\s*#*\s*$")]
    private static partial Regex HeadingLine();

    [GeneratedRegex(@"(\*\*|__)(.+?)\1")]
    private static partial Regex Bold();

    [GeneratedRegex(@"[*_]{1,3}")]
    private static partial Regex Emphasis();

    /// <summary>The longest line over a table read as its title.</summary>
    const int MaxTitleChars = 120;

    public static string Linearize(string markdown)
    {
        if (!markdown.Contains('|', StringComparison.Ordinal)) return markdown;
        var lines = markdown.Replace("\r\n", "\n").Split('\n');
        var output = new StringBuilder();
        for (var i = 0; i < lines.Length; i++)
        {
            if (i + 1 >= lines.Length || !lines[i].Contains('|', StringComparison.Ordinal) || !Delimiter().IsMatch(lines[i + 1])
                || !lines[i + 1].Contains('|', StringComparison.Ordinal) && Cells(lines[i]).Length < 2)
            {
                output.Append(lines[i]).Append('\n');
                continue;
            }
            var header = Cells(lines[i]);
            var body = new List<string?[]>();
            var end = i + 2;
            for (; end < lines.Length && lines[end].Contains('|', StringComparison.Ordinal) && lines[end].Trim().Length > 0; end++)
                body.Add(Cells(lines[end]));
            string? caption = null;
            if (TakeCaption(output) is { } above) caption = above;
            else if (end < lines.Length && CaptionLine().Match(lines[end]) is { Success: true } below) { caption = below.Groups["c"].Value; end++; }
            output.Append('\n');
            foreach (var line in new TableText(caption, [header], body).Lines()) output.Append(line).Append("\n\n");
            i = end - 1;
        }
        return output.ToString(0, Math.Max(0, output.Length - 1));
    }

    /// <summary>
    /// A "Table: …" line just written above the table, taken out of the text to be the table's caption; else a heading
    /// right above it ("### Trade by year"), which titles the table and stays a line of its own.
    /// </summary>
    static string? TakeCaption(StringBuilder output)
    {
        var text = output.ToString().TrimEnd('\n');
        var start = text.LastIndexOf('\n') + 1;
        if (HeadingLine().Match(text[start..]) is { Success: true } heading) return heading.Groups["c"].Value;
        if (CaptionLine().Match(text[start..]) is { Success: true } m)
        {
            output.Length = start;
            return m.Groups["c"].Value;
        }
        // A short line ending in the unit ("**Trade of Kazakhstan with Bulgaria, US$ thousand**") is the table's title as
        // a statistics page sets it in bold over the table: it names what every row counts, and in what.
        var line = Emphasis().Replace(text[start..], "").Trim();
        if (line.Length is 0 or > MaxTitleChars || line.StartsWith('|') || !TableText.EndsWithUnit(line)) return null;
        output.Length = start;
        return line;
    }

    static string?[] Cells(string line)
    {
        var t = line.Trim();
        if (t.StartsWith('|')) t = t[1..];
        if (t.EndsWith('|') && !t.EndsWith("\\|", StringComparison.Ordinal)) t = t[..^1];
        return Regex.Split(t, @"(?<!\\)\|")
            .Select(c => Bold().Replace(c.Replace("\\|", "|", StringComparison.Ordinal), "$2").Trim())
            .Select(c => c.Length == 0 ? null : c)
            .ToArray();
    }
}
