using System.Text;
using System.Text.RegularExpressions;
using Bot.Knowledge.Ingestion.Reading.Tables;
using Bot.Knowledge.Text;

namespace Bot.Knowledge.Ingestion.Reading;

/// <summary>
/// Plain text as a page lays it out — a ministry note saved by pdftotext -layout, or any .txt: pages parted by form
/// feeds, paragraphs by blank lines or by a first line set in from the lines after it, words hyphenated at line ends
/// ("со-" over "ставила") joined, two columns of text side by side read one after the other (<see cref="TextColumns"/>),
/// and tables of aligned columns read row by row (<see cref="LayoutTables"/>). The
/// pages' running heads and feet are dropped by <see cref="RunningLines"/>.
/// </summary>
public static partial class LayoutText
{
    const int IndentStep = 2;

    /// <summary>How much of the page's width a line of running text fills.</summary>
    const double FullLine = 0.6;

    /// <summary>The paragraphs of each page of a text, in order.</summary>
    public static List<IReadOnlyList<string>> Pages(string text)
    {
        var pages = new List<IReadOnlyList<string>>();
        var raw = text.Replace("\r\n", "\n").Split('\f');
        var words = HyphenatedWords(raw);
        foreach (var page in raw)
            pages.Add(Paragraphs(TextColumns.Unfold(TextSanitizer.Clean(page).Replace('\t', ' ').Split('\n').Select(l => l.TrimEnd()).ToList()), words));
        return pages;
    }

    /// <summary>A line ending in a word broken by a hyphen ("со-"; not a dash standing alone, " -").</summary>
    public static bool EndsHyphenated(string line) =>
        line.Length >= 2 && line[^1] is '-' or '\u00AD' && char.IsLetter(line[^2]);

    static List<string> Paragraphs(List<string> lines, HashSet<string> hyphenated)
    {
        var tables = LayoutTables.Find(lines);
        var paragraphs = new List<string>();
        var current = new List<string>();
        var indent = -1;
        // The column a bulleted line's text starts at ("- Convention between …" over "  on the avoidance …"): a line set in
        // to it goes on with the item (a hanging indent), it does not start a paragraph.
        var hang = -1;
        void Flush()
        {
            if (current.Count > 0) paragraphs.Add(JoinLines(current, hyphenated));
            current.Clear();
            indent = -1;
            hang = -1;
        }
        var nonBlank = lines.Where(l => l.Trim().Length > 0).ToList();
        var margin = nonBlank.Count == 0 ? 0 : nonBlank.Min(Lead);
        var width = nonBlank.Count == 0 ? 0 : nonBlank.Max(l => l.Length);
        var t = 0;
        for (var i = 0; i < lines.Count; i++)
        {
            if (t < tables.Count && i == tables[t].First)
            {
                Flush();
                paragraphs.AddRange(tables[t].Table.Lines());
                i = tables[t++].Last;
                continue;
            }
            var line = lines[i];
            if (line.Trim().Length == 0) { Flush(); continue; }
            var lead = Lead(line);
            var bullet = Bullet().Match(line);
            // A line set in from the one before starts a paragraph, as a first-line indent does on paper, when the line
            // before ends a sentence or runs from the margin across the page; centred lines (a title) stay together.
            if (indent >= 0 && lead >= indent + IndentStep && lead != hang
                && (EndsSentence(lines[i - 1]) || indent <= margin + 1 && lines[i - 1].Length >= width * FullLine)) Flush();
            current.Add(line.Trim());
            indent = lead;
            if (bullet.Success) hang = bullet.Length;
            else if (lead != hang) hang = -1;
        }
        Flush();
        return paragraphs;
    }

    static int Lead(string line) => line.Length - line.TrimStart().Length;

    // A bullet or an item number with the space after it, as a printed list sets it.
    [GeneratedRegex(@"^\s*(?:[-*•–—▪●]|\d{1,2}[.)])\s+")]
    private static partial Regex Bullet();

    static bool EndsSentence(string line) => line.TrimEnd() is [.., '.' or '!' or '?' or ':' or ';'];

    /// <summary>
    /// A paragraph's lines as one text, a line per line, with a word broken over two lines joined: without its hyphen,
    /// unless the text writes the word with one elsewhere ("торгово-экономический" stays so) or a name follows it.
    /// </summary>
    static string JoinLines(List<string> lines, HashSet<string> hyphenated)
    {
        var sb = new StringBuilder(lines[0]);
        for (var k = 1; k < lines.Count; k++)
        {
            var next = lines[k];
            if (EndsHyphenated(lines[k - 1]) && next.Length > 0 && char.IsLetter(next[0]))
            {
                // "Kazakh-" over "Bulgarian" is a compound of names: its hyphen stays.
                var head = LastWord(lines[k - 1]);
                if (char.IsLower(next[0]) && !hyphenated.Contains(TextNormalizer.Fold(head[..^1] + "-" + FirstWord(next)))) sb.Length--;
                sb.Append(next);
            }
            else sb.Append('\n').Append(next);
        }
        return sb.ToString();
    }

    /// <summary>The words a text writes with a hyphen inside a line ("торгово-экономический"), folded.</summary>
    static HashSet<string> HyphenatedWords(IEnumerable<string> pages)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var page in pages)
            foreach (var token in page.Split((char[])[' ', '\n', '\r', '\t', ',', '.', ';', ':', '(', ')', '«', '»', '"'], StringSplitOptions.RemoveEmptyEntries))
            {
                var dash = token.IndexOf('-');
                if (dash > 0 && dash < token.Length - 1 && char.IsLetter(token[dash - 1]) && char.IsLetter(token[dash + 1]))
                    words.Add(TextNormalizer.Fold(token));
            }
        return words;
    }

    static string LastWord(string line)
    {
        var space = line.LastIndexOf(' ');
        return space < 0 ? line : line[(space + 1)..];
    }

    static string FirstWord(string line)
    {
        var end = 0;
        while (end < line.Length && (char.IsLetter(line[end]) || line[end] == '-')) end++;
        return line[..end];
    }
}
