using Bot.Answering.Evidence;
using Bot.Answering.Passages;
using Bot.Answering.Spans;
using Bot.Answering.Understanding;
using Bot.Knowledge.Extraction;

namespace Bot.Answering.Reading;

/// <summary>
/// "Колко документа бяха разменени…": a report that lists what it counts without stating their number ("Following the
/// talks, the following documents were exchanged:" and a memorandum a line, "были подписаны: соглашение …; меморандум …")
/// states the count by its items. Counting documents, only the items naming a kind of document count ("Joint business
/// council established" closing a slide of memoranda is none). A number the text states wins over the items counted.
/// </summary>
public static class ListCount
{
    /// <summary>What an answer counted from items is worth beside one whose number the text states.</summary>
    public const double Factor = 0.8;

    // How many paragraphs after an introduction are read as its items; fewer than two items make no list to count.
    const int MaxItems = 30;
    const int MinItems = 2;

    /// <summary>The count of the items the window's sentence introduces, with the sentences to quote; null when it lists none of the counted things.</summary>
    public static (AnswerSpan Span, List<string> Quoted)? Of(Question q, EvidenceWindow w, WordKeys words, Func<long, int, IReadOnlyList<string>>? paragraphsAfter)
    {
        if (!q.Wants(AnswerType.Count) || q.Counted.Count == 0) return null;
        var colon = w.Sentence.LastIndexOf(':');
        if (colon < 0) return null;
        // The introduction names what it lists ("the following documents were exchanged:", "мына құжаттарға қол қойылды:"),
        // or, for documents, the signing whose documents it lists ("… были подписаны:").
        var intro = w.Sentence[..colon];
        var documents = QuestionConditions.Default.CountsDocuments(q);
        if (words.Held(intro, new UnitMasks(q.Counted)) == 0 && !(documents && AgreementVocabulary.Signing.IsMatch(intro))) return null;
        var items = colon < w.Sentence.TrimEnd().Length - 1 ? InSentence(w.Sentence[(colon + 1)..]) : After(w, paragraphsAfter);
        if (documents) items = items.Where(NamesDocument).ToList();
        if (items.Count < MinItems) return null;
        var span = new AnswerSpan(AnswerType.Count, "", 0, 0) { Value = items.Count };
        return (span, [w.Sentence, .. items]);
    }

    static bool NamesDocument(string item) => AgreementVocabulary.Kinds.Any(k => k.Pattern.IsMatch(item));

    /// <summary>"… были подписаны: соглашение о …; меморандум о …; программа …": items the sentence itself gives, between semicolons.</summary>
    static List<string> InSentence(string rest)
    {
        var parts = rest.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return parts.Length >= MinItems ? [.. parts] : [];
    }

    /// <summary>
    /// The items after an introduction closing its sentence: the rest of its paragraph (one a line), else the paragraphs
    /// after it while the list goes on — each ending with a semicolon or bulleted as the one before, or one paragraph of
    /// bulleted lines.
    /// </summary>
    static List<string> After(EvidenceWindow w, Func<long, int, IReadOnlyList<string>>? paragraphsAfter)
    {
        var at = w.Passage.Text.IndexOf(w.Sentence, StringComparison.Ordinal);
        var rest = at < 0 ? [] : Lines(w.Passage.Text[(at + w.Sentence.Length)..]);
        if (rest.Count > 0) return rest.Count == 1 ? InSentence(rest[0]) is { Count: > 0 } split ? split : rest : rest;
        if (paragraphsAfter is null) return [];
        var items = new List<string>();
        foreach (var paragraph in paragraphsAfter(w.Passage.Id, MaxItems))
        {
            var lines = Lines(paragraph);
            if (lines.Count == 0) break;
            // "- MoU …\n- MoU …": a paragraph of bulleted lines is the list whole.
            if (lines.Count > 1 && lines.All(ListContinuation.IsItem)) return items.Count == 0 ? TopLevel(lines) : items;
            if (items.Count > 0 && !Continues(items[^1], paragraph)) break;
            items.Add(paragraph.Trim());
            if (!LeavesOpen(paragraph)) break;
        }
        return items;
    }

    // Items nested under another ("  - Kazakh exports …" under "- 2024: …") are parts of it, not items of the list.
    static List<string> TopLevel(List<string> lines)
    {
        var indent = Indent(lines[0]);
        return lines.Where(l => Indent(l) <= indent).ToList();
    }

    static int Indent(string line) => line.Length - line.TrimStart().Length;

    static List<string> Lines(string text) =>
        [.. text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(l => !string.IsNullOrWhiteSpace(l)).Select(l => l.TrimEnd())];

    static bool LeavesOpen(string item) => item.TrimEnd().EndsWith(';') || ListContinuation.IsItem(item);

    static bool Continues(string item, string next) => item.TrimEnd().EndsWith(';') || ListContinuation.IsItem(item) && ListContinuation.IsItem(next);
}
