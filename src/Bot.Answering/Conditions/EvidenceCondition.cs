using Bot.Answering.Evidence;
using Bot.Answering.Understanding;
using Bot.Knowledge.Entities;

namespace Bot.Answering.Conditions;

/// <summary>
/// One kind of condition a question sets (its ordinal, its place, the post of whom it asks about, the destination of a
/// visit…), judged against a window of evidence. A condition the question does not set is met by any evidence.
/// </summary>
public abstract class EvidenceCondition
{
    /// <summary>The condition's name: the key of the words a refusal uses for it (texts.json "condition_NAME").</summary>
    public abstract string Name { get; }

    /// <summary>A key condition the evidence does not state excludes it as a contradicted one does ("the third session": a
    /// sentence about a session of no number does not date the third).</summary>
    public virtual bool Key => false;

    /// <summary>Whether the condition is a key one for this question ("a Bulgarian prime minister" makes the post one).</summary>
    public virtual bool KeyFor(Question q) => Key;

    public abstract Verdict Judge(Question q, ScoredWindow w, EntityIndex entities);

    /// <summary>The evidence cannot answer for this condition.</summary>
    public bool Excludes(Question q, Verdict verdict) => verdict == Verdict.Contradicted || verdict == Verdict.NotStated && KeyFor(q);
}

/// <summary>A condition whose check only says whether the evidence holds it (stated or not stated alike).</summary>
sealed class HeldCondition(string name, Func<Question, ScoredWindow, EntityIndex, bool> holds) : EvidenceCondition
{
    public override string Name => name;

    public override Verdict Judge(Question q, ScoredWindow w, EntityIndex entities) => holds(q, w, entities) ? Verdict.Met : Verdict.Contradicted;
}
