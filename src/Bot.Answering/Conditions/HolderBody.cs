using Bot.Answering.Evidence;
using Bot.Answering.Lexicon;
using Bot.Answering.Reading;
using Bot.Answering.Understanding;
using Bot.Knowledge.Entities;
using Bot.Knowledge.Text;

namespace Bot.Answering.Conditions;

/// <summary>
/// "Who chaired the Senate at that time": the holder of a body's post is read in a sentence that names that body. A sentence listing the prime minister and the chairman of the Majilis, or the chairwoman of
/// Bulgaria's National Assembly, names no one of the Senate, however much else of the question it repeats; the
/// sentence "received by the chairman of the Senate Tokayev" does.
/// </summary>
public sealed class HolderBody : EvidenceCondition
{
    public static HolderBody Default { get; } = new();

    public override string Name => "body";

    public override bool KeyFor(Question q) => true;

    public override Verdict Judge(Question q, ScoredWindow w, EntityIndex entities)
    {
        // "Who heads the Scientific and Technical Union of Transport": a body a text writes short ("STUT") is the one whose
        // head is asked, spelt out or short; the head of an embassy in the same article is of another body.
        if (q.Wants(AnswerType.Person) && q.Head is not null && q.Units.Select((u, i) => (u, i)).Any(x => x.u.Shortened && x.i < 64 && (w.Units.Sentence & 1UL << x.i) == 0))
            return Verdict.NotStated;
        if (!PostOfPerson.AsksHolder(q)) return Verdict.Met;
        // The sentence itself: the one beside it may name the body for another of the people it lists.
        for (var i = 0; i < q.Units.Count && i < 64; i++)
            if (IsBody(q, q.Units[i]) && (w.Units.Sentence & 1UL << i) == 0) return Verdict.NotStated;
        return Verdict.Met;
    }

    /// <summary>
    /// A word of the question naming a body a post is of ("Senate", "Сената", "university"), not the post asked. Only the
    /// question's own words: "and who was the rector before him?" keeps the university of the turn before as context,
    /// and the sentence about the former rector need not name it again.
    /// </summary>
    static bool IsBody(Question q, QueryUnit unit) =>
        unit != q.Head && !unit.IsEntity && !unit.IsPerson && !unit.IsTitle && q.Text.Contains(unit.Label, StringComparison.OrdinalIgnoreCase)
        && DomainLexicon.Default.ConceptsOfWord(TextNormalizer.Fold(unit.Label)).Any(AnswerTypeCues.Default.PostBodies.Contains);
}
