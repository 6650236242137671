using Bot.Answering.Evidence;
using Bot.Answering.Lexicon;
using Bot.Answering.Understanding;
using Bot.Knowledge.Entities;
using Bot.Knowledge.Text;

namespace Bot.Answering.Conditions;

/// <summary>
/// What the question asks the date of was done: "when did Almaty and Varna become twin cities" is not answered by "in
/// 2004 they signed a protocol of intent that was to begin the twinning. The process was never completed." A sentence
/// that, itself or in the sentence after it, says what it began was never done (evidence-conditions.json "unfinished")
/// dates no completed event — unless the question asks of the act it does date (a signing, a beginning, a proposal).
/// </summary>
public sealed class Completion : EvidenceCondition
{
    public static Completion Default { get; } = new();

    public override string Name => "completion";

    public override Verdict Judge(Question q, ScoredWindow w, EntityIndex entities)
    {
        if (!q.AnswerTypes.Any(t => t is AnswerType.Date or AnswerType.Year) || AsksTheBeginning(q)) return Verdict.Met;
        return Unfinished(w.Window.Sentence) || w.Window.After is { } after && Unfinished(after) ? Verdict.Contradicted : Verdict.Met;
    }

    static bool AsksTheBeginning(Question q) =>
        DomainLexicon.Default.NamesAny(q.Text, ConditionWords.Default.UnfinishedActs);

    static bool Unfinished(string text)
    {
        var words = Tokenizer.Words(TextNormalizer.Fold(text)).ToList();
        return ConditionWords.Default.Unfinished.Any(p => WordPhrase.Anywhere(words, p));
    }
}
