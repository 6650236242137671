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
                var intro = introText.Length > 0 ? AddSentences(units, p, introText) : openIntro;
                foreach (var item in Items(lines[firstItem..])) units.Add(new TextUnit(units.Count, p, UnitKind.ListItem, item, intro));
                // A list whose items are paragraphs of their own (a PDF's, a page's <p>- …</p>) goes on under the same introduction.
                openIntro = intro;
                continue;
            }
            // "…;" item after item, and the last one closes with a full stop: it is still an item of the list.
            var lastOfList = units.Count > 0 && units[^1] is { Kind: UnitKind.ListItem } previous && previous.Paragraph == p - 1
                && previous.Text.EndsWith(';') && paragraph.Trim().Length < MaxItemChars;
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
