using AngleSharp.Dom;

namespace Bot.Knowledge.Ingestion.Reading;

/// <summary>
/// A page's text spaced as a browser shows it: a line break in the source of a paragraph ("…се проведе бизнес⏎форум, на
/// който…", a page written by hand or by an editor that wraps its lines) is a space, not the end of a paragraph. The
/// breaks between blocks stay (the article reader ends its lines there), and text set as written (pre) keeps its own.
/// </summary>
public static class RenderedSpaces
{
    static readonly HashSet<string> AsWritten = new(StringComparer.Ordinal) { "pre", "textarea", "script", "style", "listing", "plaintext", "xmp" };

    public static void Collapse(INode? root)
    {
        if (root is null) return;
        foreach (var child in root.ChildNodes)
        {
            if (child is IText text)
            {
                if (text.Data.AsSpan().IndexOfAny('\n', '\r') >= 0 && text.Data.AsSpan().Trim().Length > 0)
                    text.Data = Flat(text.Data, Inline(text.PreviousSibling), Inline(text.NextSibling));
                continue;
            }
            if (child is IElement e && !AsWritten.Contains(e.LocalName)) Collapse(e);
        }
    }

    // Text beside a link or a bold word goes on the same line; beside a block (or at a block's edge) its break stays.
    static bool Inline(INode? sibling) => sibling is IElement e && !BlockText.IsBlock(e.LocalName);

    // A line break inside the text, and the indentation around it, become one space; its edges only beside inline text.
    static string Flat(string data, bool inlineBefore, bool inlineAfter)
    {
        var first = 0;
        while (first < data.Length && char.IsWhiteSpace(data[first])) first++;
        var last = data.Length;
        while (last > first && char.IsWhiteSpace(data[last - 1])) last--;
        var b = new System.Text.StringBuilder(data.Length);
        b.Append(inlineBefore && first > 0 ? " " : data[..first]);
        for (var i = first; i < last; i++)
        {
            if (data[i] is not ('\n' or '\r'))
            {
                b.Append(data[i]);
                continue;
            }
            while (b.Length > 0 && b[^1] is ' ' or '\t') b.Length--;
            while (i + 1 < last && data[i + 1] is ' ' or '\t' or '\n' or '\r') i++;
            b.Append(' ');
        }
        b.Append(inlineAfter && last < data.Length ? " " : data[last..]);
        return b.ToString();
    }
}
