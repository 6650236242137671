using Bot.Answering.Lexicon;
using Bot.Answering.Spans;
using Bot.Answering.Understanding;
using Bot.Knowledge.Extraction.Figures;
using Bot.Knowledge.Text;

namespace Bot.Answering.Reading;

/// <summary>
/// A number in a table's item column ("Trade in selected goods — 2024 — Unwrought aluminium (KZ→BG): 19.6; Medicines
/// (BG→KZ): 31.5; Total turnover: 375.2") is the amount of the item its header names, and of nothing else: it answers a
/// question on goods only when the header names one of the goods asked, and any other question only when the question
/// names the item too (a word or a lexicon concept of the header) — never one on the whole trade, which is the total's.
/// </summary>
public static class ItemCells
{
    public static bool Fit(Question q, string text, AnswerSpan span)
    {
        if (ItemColumn.Of(text, span.End) is not { } cell) return true;
        var asked = QuestionConditions.Default.Of(q).Goods;
        if (asked.Count > 0) return QuestionConditions.Default.GoodsIn(cell.Header).Overlaps(asked);
        var lexicon = DomainLexicon.Default;
        var header = Tokenizer.Words(cell.Header).Select(TextNormalizer.Fold).Where(w => w.Length > 2 && !lexicon.IsStopword(w)).ToList();
        var question = Tokenizer.Words(q.Text).Select(TextNormalizer.Fold).Where(w => w.Length > 2 && !lexicon.IsStopword(w)).ToList();
        var keys = question.SelectMany(TermAnalyzer.WordKeys).ToHashSet(StringComparer.Ordinal);
        var concepts = question.SelectMany(lexicon.ConceptsOfWord).ToHashSet(StringComparer.Ordinal);
        return header.Any(w => TermAnalyzer.WordKeys(w).Any(keys.Contains) || lexicon.ConceptsOfWord(w).Any(concepts.Contains));
    }
}
