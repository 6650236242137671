using Bot.Knowledge.Extraction.Vocabulary;
using System.Text.RegularExpressions;
using Bot.Knowledge.Text;

namespace Bot.Knowledge.Extraction.Reading;

/// <summary>
/// Splits a document's paragraphs into sentences, list items and headings. A list is a paragraph of bulleted or
/// numbered lines (a channel post bullets its lines with emoji) (a line without a marker continues the item above it), or the paragraphs that follow a sentence
/// ending with a colon while they read like items (lower-case start, a closing semicolon). The document's own title
/// repeated as its first paragraph is a heading, not a sentence.
/// </summary>
public static partial class DocumentLayout
{
    // A post's bullets are pictographs ("📌 ", "🇰🇿 "): surrogate pairs, with what joins or varies them.
    [GeneratedRegex(@"^\s*(?:[-*•–—▪●]|\d{1,2}[.)]|\p{Ll}\)|[\p{So}\p{Cs}][\p{So}\p{Cs}\p{Mn}\p{Cf}\p{Sk}]*)\s+")]
    private static partial Regex Marker();

    public static List<TextUnit> Of(string title, IReadOnlyList<string> paragraphs)
    {
        var units = new List<TextUnit>();
        var squashedTitle = Squash(title);
        string? openIntro = null;
        for (var p = 0; p < paragraphs.Count; p++)
        {
            var paragraph = paragraphs[p];
            if (IsHeading(squashedTitle, paragraph, p))
            {
                units.Add(new TextUnit(units.Count, p, UnitKind.Heading, paragraph.Trim(), null));
                openIntro = null;
                continue;
            }
            var lines = paragraph.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            var firstItem = Array.FindIndex(lines, l => Marker().IsMatch(l));
            if (firstItem >= 0)
            {
                var introText = string.Join(' ', lines[..firstItem]);
                var intro = introText.Length > 0 ? AddSentences(units, p, introText) : openIntro ?? CaptionBefore(units, p);
                var end = ListEnd(lines, firstItem);
                foreach (var item in Items(lines[firstItem..end])) units.Add(new TextUnit(units.Count, p, UnitKind.ListItem, item, intro));
                // A list whose items are paragraphs of their own (a PDF's, a page's <p>- …</p>) goes on under the same introduction;
                // a sentence after the last item ("In all, five documents were signed.") closes it.
                openIntro = end < lines.Length ? AddSentences(units, p, string.Join(' ', lines[end..])) : intro;
                continue;
            }
            // "…;" item after item, each a paragraph of its own, and the last one closes with a full stop: it is still an
            // item of the list — one sentence, after at least two such items (a bulleted block's list ends with its block).
            var lastOfList = units.Count > 1 && units[^1] is { Kind: UnitKind.ListItem } previous && previous.Paragraph == p - 1
                && units[^2] is { Kind: UnitKind.ListItem } before && before.Paragraph == p - 2
                && previous.Text.EndsWith(';') && paragraph.Trim().Length < MaxItemChars && SentenceSplitter.Split(Flat(paragraph)).Count == 1;
            if (openIntro is not null && (LooksLikeItem(paragraph) || lastOfList))
            {
                units.Add(new TextUnit(units.Count, p, UnitKind.ListItem, Flat(paragraph), openIntro));
                if (lastOfList && !paragraph.TrimEnd().EndsWith(';')) openIntro = null;
                continue;
            }
            openIntro = AddSentences(units, p, Flat(paragraph));
        }
        return units;
    }

    /// <returns>The introduction of a list when the paragraph ends with a colon: its last two sentences.</returns>
    static string? AddSentences(List<TextUnit> units, int paragraph, string text)
    {
        var sentences = SentenceSplitter.Split(text);
        foreach (var s in sentences) units.Add(new TextUnit(units.Count, paragraph, UnitKind.Sentence, s, null));
        if (sentences.Count == 0 || !sentences[^1].TrimEnd().EndsWith(':')) return null;
        return string.Join(' ', sentences.TakeLast(2));
    }

    /// <summary>
    /// "Documents signed in Astana on 9 June 2025" over a list, or a heading and a dateline ("LIST OF DOCUMENTS SIGNED" /
    /// "Astana, 9 June 2025"): the lines right before a list that has no introduction of its own, when they are titles
    /// rather than sentences (no closing full stop, short), say what the list holds — its signing, date and place.
    /// </summary>
    static string? CaptionBefore(List<TextUnit> units, int paragraph)
    {
        var taken = 0;
        var expected = paragraph - 1;
        for (var u = units.Count - 1; u >= 0 && taken < MaxCaptionLines; u--, taken++)
        {
            var unit = units[u];
            if (unit.Kind == UnitKind.ListItem || unit.Paragraph != expected || unit.Text.Length > MaxCaptionChars
                || unit.Text.TrimEnd() is [.., '.' or '!' or '?' or ';'] || u > 0 && units[u - 1].Paragraph == unit.Paragraph) break;
            expected--;
        }
        // One line each: the line nearest the list dates it ("Sofia, 20 June 2025" over "Documents signed in Astana on 9 June 2025").
        return taken == 0 ? null : string.Join('\n', units.Skip(units.Count - taken).Select(t => t.Text));
    }

    const int MaxCaptionLines = 2, MaxCaptionChars = 200;

    /// <summary>
    /// Where a bulleted list ends within its paragraph: after its last marked item, at a line that starts a sentence of its
    /// own (a capital after a line closing with a full stop) — a printed list's wrapped lines continue their item, but
    /// "In all, five documents were signed." under the last one is text again.
    /// </summary>
    /// <remarks>
    /// Only where the items before the last are one sentence each: a list whose items run on over sentences ("3. Agreement
    /// on … Signed in Astana on 1 June 2011; approved by …") may do so in its last item too.
    /// </remarks>
    static int ListEnd(string[] lines, int firstItem)
    {
        var last = Array.FindLastIndex(lines, l => Marker().IsMatch(l));
        if (last == firstItem && SectionHeading(lines, firstItem)) return firstItem + 1;
        if (last <= firstItem || Items(lines[firstItem..last]).Any(item => SentenceInside().IsMatch(item))) return lines.Length;
        for (var i = last + 1; i < lines.Length; i++)
            if (ClosesSentence(lines[i - 1]) && lines[i] is [var c, ..] && char.IsUpper(c)) return i;
        return lines.Length;
    }

    /// <summary>
    /// "2. Инвестиции" over "По данным Национального банка, … 7,8 млн долларов. За январь–сентябрь …": a PDF sets a
    /// numbered section's title right over its text with no gap, so the one marked line of the paragraph is a heading of
    /// a few words (no closing stop) and what follows it, opening with a capital, is its text — sentences of their own,
    /// each with its own period, not one item run on.
    /// </summary>
    static bool SectionHeading(string[] lines, int item) =>
        item + 1 < lines.Length && NumberedTitle().IsMatch(lines[item]) && lines[item + 1] is [var c, ..] && char.IsUpper(c)
        && SentenceInside().IsMatch(string.Join(' ', lines[(item + 1)..]) + " A");

    /// <summary>A numbered line of at most four words with no closing punctuation: "2. Инвестиции", "3) Trade by year".</summary>
    [GeneratedRegex(@"^\s*\d{1,2}[.)]\s+\p{L}[\p{L}\p{N}-]*(?:\s+[\p{L}\p{N}-]+){0,3}\s*$")]
    private static partial Regex NumberedTitle();

    /// <summary>A sentence ending inside an item: a full stop after a lower-case word, then a capital.</summary>
    [GeneratedRegex(@"\p{Ll}\p{Ll}\.\s+\p{Lu}")]
    private static partial Regex SentenceInside();

    /// <summary>A line ending a sentence: a full stop after a lower-case word (not an initial), or "!" / "?".</summary>
    static bool ClosesSentence(string line) =>
        line.Length > 2 && (line[^1] is '!' or '?' || line[^1] == '.' && char.IsLower(line[^2]) && char.IsLower(line[^3]));

    static IEnumerable<string> Items(string[] lines)
    {
        var current = new List<string>();
        foreach (var line in lines)
        {
            if (Marker().IsMatch(line) && current.Count > 0)
            {
                yield return string.Join(' ', current);
                current.Clear();
            }
            current.Add(Marker().Replace(line, "", 1).Trim());
        }
        if (current.Count > 0) yield return string.Join(' ', current);
    }

    const int MaxItemChars = 400;

    static bool LooksLikeItem(string paragraph)
    {
        var t = paragraph.Trim();
        return t.Length < MaxItemChars && (char.IsLower(t[0]) || t.EndsWith(';') || Marker().IsMatch(t));
    }

    static string Flat(string paragraph) => paragraph.Replace('\n', ' ').Trim();

    /// <summary>The title repeated in the body, or a first line without a full stop: a headline states nothing by itself.</summary>
    static bool IsHeading(string squashedTitle, string paragraph, int index)
    {
        var text = paragraph.Trim();
        if (text.Length < squashedTitle.Length + 20 && string.Equals(Squash(text), squashedTitle, StringComparison.Ordinal)) return true;
        if (text.Contains('\n') || text[^1] is '.' or '!' or '?' or ':' or ';' or '»' or '"' or '”' or ')') return false;
        // The first line of a document, or a short section heading without a figure in it.
        return index == 0 && text.Length < 200 || text.Length < 80 && !text.Any(char.IsDigit) && !text.Contains(". ", StringComparison.Ordinal);
    }

    static string Squash(string s) => string.Join(' ', Tokenizer.Words(s).Select(w => TokenList.Fold(w)));
}
