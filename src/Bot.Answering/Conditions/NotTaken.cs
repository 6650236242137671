using Bot.Answering.Agreements;
using Bot.Answering.Evidence;
using Bot.Answering.Reading;
using Bot.Answering.Understanding;
using Bot.Knowledge.Entities;
using Bot.Knowledge.Extraction;

namespace Bot.Answering.Conditions;

/// <summary>
/// "When was the air services agreement ratified?" is not answered by "The agreement does not require ratification" and
/// the report's date beside it, nor "When was the memorandum on maritime transport signed?" by "подписание … перенесено на
/// следующий год": a sentence that says the asked step was not taken (not yet, not needed) or the asked signing was put
/// off, cancelled or denied (<see cref="TakenBack"/>) dates nothing that happened. A question asking whether it was
/// ("Has it been ratified?") asks no date and is answered by that very sentence.
/// </summary>
public sealed class NotTaken : EvidenceCondition
{
    public static NotTaken Default { get; } = new();

    public override string Name => "not_taken";

    public override Verdict Judge(Question q, ScoredWindow w, EntityIndex entities)
    {
        var sentence = w.Window.Sentence;
        if (q.AnswerTypes.Any(t => t is AnswerType.Date or AnswerType.Year))
        {
            if (DateEvents.Default.LaterStepsAsked(q).Count > 0) return TakenBack.NoStepTaken(sentence) ? Verdict.Contradicted : Verdict.Met;
            // A date a plan states is answered as planned ("planned for May"): only a signing put off, cancelled, denied or
            // negated dates nothing.
            return WhetherSigned.AsksDone(q) && TakenBack.Signing(sentence) ? Verdict.Contradicted : Verdict.Met;
        }
        // "Who signed the twinning agreement?" is not answered by "Mayor Terziev has been discussing twinning, but no agreement
        // has yet been signed", nor by the ministers a plan names: nobody signed.
        if (q.AnswerTypes.Any(t => t is AnswerType.Person or AnswerType.Organisation or AnswerType.Place))
            return WhetherSigned.AsksDone(q) && AgreementVocabulary.TellsUnsigned(sentence) ? Verdict.Contradicted : Verdict.Met;
        return Verdict.Met;
    }
}
