using System.Text;
using System.Text.RegularExpressions;

namespace Bot.Telegram.Rendering;

/// <summary>
/// Splits an HTML message over Telegram's 4,096-character limit at paragraph, line, then sentence boundaries,
/// closing tags still open at the end of a part and reopening them at the start of the next: never truncates.
/// </summary>
public static partial class MessageSplitter
{
    public const int Limit = 4096;
    const int Reserve = 200;

    [GeneratedRegex(@"<(/?)([a-z-]+)([^>]*)>", RegexOptions.IgnoreCase)] private static partial Regex Tag();

    public static IReadOnlyList<string> Split(string html, int limit = Limit)
    {
        if (html.Length <= limit) return [html];
        var max = limit - Reserve;
        var pieces = Pieces(html, max);
        var chunks = new List<string>();
        var current = new StringBuilder();
        foreach (var piece in pieces)
        {
            if (current.Length > 0 && current.Length + piece.Length > max)
            {
                chunks.Add(current.ToString());
                current.Clear();
            }
            current.Append(piece);
        }
        if (current.Length > 0) chunks.Add(current.ToString());
        return Balance(chunks.Select(c => c.Trim('\n')).Where(c => c.Trim().Length > 0).ToList());
    }

    /// <summary>Pieces no longer than max, cut at the coarsest boundary that works, never inside a tag or entity.</summary>
    static IEnumerable<string> Pieces(string text, int max)
    {
        foreach (var separator in new[] { "\n\n", "\n", ". ", " " })
        {
            if (text.Length <= max) { yield return text; yield break; }
            var parts = SplitKeeping(text, separator);
            if (parts.Count > 1)
            {
                foreach (var part in parts)
                    foreach (var p in Pieces(part, max)) yield return p;
                yield break;
            }
        }
        // One unbroken run longer than a message: cut outside tags.
        var start = 0;
        while (start < text.Length)
        {
            var end = Math.Min(text.Length, start + max);
            var open = text.LastIndexOf('<', end - 1, end - start);
            if (end < text.Length && open > start && text.IndexOf('>', open) >= end) end = open;
            var amp = text.LastIndexOf('&', end - 1, Math.Min(8, end - start));
            if (end < text.Length && amp > start && text.IndexOf(';', amp) >= end) end = amp;
            yield return text[start..end];
            start = end;
        }
    }

    static List<string> SplitKeeping(string text, string separator)
    {
        var parts = new List<string>();
        var start = 0;
        int i;
        while ((i = text.IndexOf(separator, start, StringComparison.Ordinal)) >= 0)
        {
            parts.Add(text[start..(i + separator.Length)]);
            start = i + separator.Length;
        }
        if (start < text.Length) parts.Add(text[start..]);
        return parts;
    }

    static List<string> Balance(List<string> chunks)
    {
        var result = new List<string>();
        var carried = new List<(string Name, string Open)>();
        foreach (var chunk in chunks)
        {
            var body = string.Concat(carried.Select(t => t.Open)) + chunk;
            var stack = new List<(string Name, string Open)>();
            foreach (Match m in Tag().Matches(body))
            {
                var name = m.Groups[2].Value.ToLowerInvariant();
                if (m.Groups[1].Value == "/")
                {
                    var at = stack.FindLastIndex(t => t.Name == name);
                    if (at >= 0) stack.RemoveAt(at);
                }
                else stack.Add((name, m.Value));
            }
            var closing = string.Concat(Enumerable.Reverse(stack).Select(t => $"</{t.Name}>"));
            result.Add(body + closing);
            carried = stack;
        }
        return result;
    }
}
