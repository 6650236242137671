using System.Text;
using AngleSharp.Dom;

namespace Bot.Knowledge.Ingestion.Reading;

/// <summary>
/// The visible text of an element, one line per block (paragraph, list item, heading, table row, div…), each block's
/// words once: text directly inside a container and the text of its children are separate lines, never repeated.
/// </summary>
public static class BlockText
{
    static readonly HashSet<string> Blocks = new(StringComparer.Ordinal)
    {
        "p", "div", "li", "ul", "ol", "dl", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6", "table", "tr", "thead", "tbody",
        "section", "article", "main", "header", "footer", "aside", "nav", "figure", "figcaption", "blockquote", "pre",
        "address", "form", "hr", "br", "center", "details", "summary",
    };

    /// <summary>An element that starts a line of its own (a paragraph, list item, heading, row…), not one inside a line (a link, bold).</summary>
    public static bool IsBlock(string localName) => Blocks.Contains(localName);

    static readonly HashSet<string> Skipped = new(StringComparer.Ordinal) { "script", "style", "noscript", "template", "svg", "head" };

    /// <summary>A page's text on one line: runs of spaces, line breaks and no-break spaces become one space.</summary>
    public static string Flatten(string s) => string.Join(' ', s.Split(Spaces, StringSplitOptions.RemoveEmptyEntries));

    static readonly char[] Spaces = [' ', '\t', '\n', '\r', '\u00A0'];

    public static List<string> Lines(INode root)
    {
        var lines = new List<string>();
        var line = new StringBuilder();
        Walk(root, line, lines);
        Flush(line, lines);
        return lines;
    }

    static void Walk(INode node, StringBuilder line, List<string> lines)
    {
        foreach (var child in node.ChildNodes)
        {
            if (child is IText text)
            {
                line.Append(text.Data);
                continue;
            }
            if (child is not IElement e || Skipped.Contains(e.LocalName)) continue;
            var block = Blocks.Contains(e.LocalName);
            if (block) Flush(line, lines);
            else if (e.LocalName is "td" or "th") line.Append(' ');
            Walk(e, line, lines);
            if (block) Flush(line, lines);
        }
    }

    static void Flush(StringBuilder line, List<string> lines)
    {
        if (line.Length == 0) return;
        var text = string.Join(' ', line.ToString().Split((char[])[' ', '\t', '\n', '\r', '\u00A0'], StringSplitOptions.RemoveEmptyEntries));
        line.Clear();
        if (text.Length > 0) lines.Add(text);
    }
}
