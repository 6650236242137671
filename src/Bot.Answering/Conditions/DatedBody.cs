using Bot.Answering.Evidence;
using Bot.Answering.Lexicon;
using Bot.Answering.Reading;
using Bot.Answering.Understanding;
using Bot.Knowledge.Entities;
using Bot.Knowledge.Text;

namespace Bot.Answering.Conditions;

/// <summary>
/// "When did Bulgaria open its embassy in Astana?", "when did the working group on transport first meet?": a date
/// question that names a body (an embassy, a working group, a commission, a centre: evidence-conditions.json
/// "dated_bodies") asks the date of that body's event. A sentence naming none of them dates something else that shares
/// the question's other words (a school opened in Nur-Sultan, consultations held in Astana), and answers nothing. The
/// body may stand in the introduction of the list the sentence is an item of, or in the interviewer's question before
/// the answer ("— When did the centre open? — In March 2015.").
/// </summary>
public sealed class DatedBody : EvidenceCondition
{
    public static DatedBody Default { get; } = new();

    public override string Name => "body";

    public override bool Key => true;

    public override Verdict Judge(Question q, ScoredWindow w, EntityIndex entities)
    {
        if (!q.AnswerTypes.Any(t => t is AnswerType.Date or AnswerType.Year)) return Verdict.Met;
        var asked = Asked(q);
        if (asked.Count == 0) return Verdict.Met;
        var window = w.Window;
        return Names(window.Sentence, asked) || window.ListIntro is { } intro && Names(intro, asked)
            || window.Before is { } before && Speakers.EndsAsking(before) && Names(before, asked) ? Verdict.Met : Verdict.NotStated;
    }

    /// <summary>
    /// The bodies the question names itself: a follow-up's carried-over words name the body of the turn before
    /// ("when did the council decide to name a street?" → "and when was it opened?"), while its "it" may be another
    /// thing of that turn, which the body does not date.
    /// </summary>
    static HashSet<string> Asked(Question q)
    {
        var bodies = ConditionWords.Default.DatedBodies;
        var asked = new HashSet<string>(StringComparer.Ordinal);
        foreach (var unit in q.Units.Take(q.OwnUnits > 0 ? q.OwnUnits : q.Units.Count))
            foreach (var concept in DomainLexicon.Default.ConceptsOfWord(TextNormalizer.Fold(unit.Label)))
                if (bodies.Contains(concept)) asked.Add(concept);
        return asked;
    }

    static bool Names(string text, HashSet<string> asked)
    {
        foreach (var word in Tokenizer.Words(TextNormalizer.Fold(text)))
            if (DomainLexicon.Default.ConceptsOfWord(word).Any(asked.Contains)) return true;
        return false;
    }

}
