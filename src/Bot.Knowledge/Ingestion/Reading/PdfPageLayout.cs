using System.Text;
using Bot.Knowledge.Ingestion.Reading.Tables;
using Bot.Knowledge.Text;
using UglyToad.PdfPig.Content;

namespace Bot.Knowledge.Ingestion.Reading;

/// <summary>
/// A PDF page laid out as text by where its words stand, as pdftotext -layout does: a line per baseline, each word at
/// the column its position gives, a blank line where the page leaves a gap. Read so only when the page holds a table —
/// a statistics release's rows ("January-November 2024 (cumulative)   349.8   284.8   65.0") then keep their columns,
/// which the reading-order text runs together with single spaces, so each value is read under its column's header.
/// </summary>
internal static class PdfPageLayout
{
    /// <summary>A gap between two words wider than this many characters parts two cells.</summary>
    const double CellGap = 1.6;
    /// <summary>A gap between two lines wider than this many line heights is a blank line.</summary>
    const double ParagraphGap = 1.7;
    const int MaxColumns = 400;

    /// <summary>The page's paragraphs read by layout, or null when the page holds no table of aligned values.</summary>
    public static IReadOnlyList<string>? Paragraphs(Page page, string orderedText)
    {
        // Most pages have no line ending in two numbers; their words are never laid out.
        if (!MayHoldTable(orderedText)) return null;
        var lines = Lines(page);
        if (lines is null || LayoutTables.Find(lines).Count == 0) return null;
        return LayoutText.Pages(string.Join('\n', lines)).SelectMany(p => p).ToList();
    }

    /// <summary>Some line of the reading-order text ends in two numbers, as a table's row does.</summary>
    static bool MayHoldTable(string text)
    {
        foreach (var raw in text.AsSpan().EnumerateLines())
        {
            var line = raw.TrimEnd();
            var numbers = 0;
            while (numbers < 2 && line.Length > 0)
            {
                var space = line.LastIndexOf(' ');
                var token = line[(space + 1)..];
                if (!IsValueToken(token)) break;
                numbers++;
                line = space < 0 ? [] : line[..space].TrimEnd();
            }
            if (numbers >= 2) return true;
        }
        return false;
    }

    static bool IsValueToken(ReadOnlySpan<char> token)
    {
        token = token.TrimEnd('%');
        if (token.IsEmpty || !char.IsAsciiDigit(token[0]) && !(token.Length > 1 && token[0] is '-' or '+' or '−')) return token is "x" or "-" or "–" or "…";
        foreach (var c in token)
            if (!(char.IsAsciiDigit(c) || c is '.' or ',' or '-' or '+' or '−' or '\u00A0')) return false;
        return true;
    }

    /// <summary>The page's lines, each word placed at its column; null for a page without words.</summary>
    static List<string>? Lines(Page page)
    {
        var words = page.GetWords().Where(w => !string.IsNullOrWhiteSpace(w.Text)).ToList();
        if (words.Count == 0) return null;
        var charWidth = Median(words.Select(w => w.BoundingBox.Width / Math.Max(1, w.Text.Length)));
        var height = Median(words.Select(w => w.BoundingBox.Height));
        if (charWidth <= 0 || height <= 0) return null;
        var left = words.Min(w => w.BoundingBox.Left);
        // Words on one baseline (within half a line) make a line; lines run from the top of the page down.
        var rows = new List<(double Baseline, List<Word> Words)>();
        foreach (var w in words.OrderByDescending(w => w.BoundingBox.Bottom))
        {
            if (rows.Count > 0 && Math.Abs(rows[^1].Baseline - w.BoundingBox.Bottom) < height / 2) rows[^1].Words.Add(w);
            else rows.Add((w.BoundingBox.Bottom, [w]));
        }
        var spacing = rows.Count > 1 ? Median(rows.Zip(rows.Skip(1), (a, b) => a.Baseline - b.Baseline)) : height;
        var lines = new List<string>();
        for (var r = 0; r < rows.Count; r++)
        {
            if (r > 0 && rows[r - 1].Baseline - rows[r].Baseline > spacing * ParagraphGap) lines.Add("");
            var sb = new StringBuilder();
            Word? previous = null;
            foreach (var w in rows[r].Words.OrderBy(w => w.BoundingBox.Left))
            {
                var column = Math.Min(MaxColumns, (int)Math.Round((w.BoundingBox.Left - left) / charWidth));
                if (previous is not null)
                {
                    var gap = (w.BoundingBox.Left - previous.BoundingBox.Right) / charWidth;
                    var spaces = gap > CellGap ? Math.Max(2, column - sb.Length) : 1;
                    sb.Append(' ', spaces);
                }
                else sb.Append(' ', Math.Max(0, column));
                sb.Append(TextSanitizer.Clean(w.Text));
                previous = w;
            }
            lines.Add(sb.ToString().TrimEnd());
        }
        return lines;
    }

    static double Median(IEnumerable<double> values)
    {
        var sorted = values.Where(v => v > 0 && double.IsFinite(v)).Order().ToList();
        return sorted.Count == 0 ? 0 : sorted[sorted.Count / 2];
    }
}
