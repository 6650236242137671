using Bot.Answering.Evidence;
using Bot.Answering.Lexicon;
using Bot.Answering.Understanding;
using Bot.Knowledge.Entities;
using Bot.Knowledge.Text;

namespace Bot.Answering.Conditions;

/// <summary>
/// The kind of event the question asks of: "who headed the Bulgarian delegation at the political consultations in Astana"
/// is not answered by "That session was chaired …, while the Bulgarian delegation was led by Pavlova", though the same
/// news item tells of both, in the same city. A sentence that names an event of another kind (a session, a forum, a
/// concert — evidence-conditions.json "event_kinds") and not the asked one tells of another event; one naming no kind
/// says nothing against it.
/// </summary>
public sealed class EventKind : EvidenceCondition
{
    public static EventKind Default { get; } = new();

    public override string Name => "event";

    public override Verdict Judge(Question q, ScoredWindow w, EntityIndex entities)
    {
        var asked = KindsIn(q.Text);
        if (asked.Count == 0) return Verdict.Met;
        var told = KindsIn(w.Window.Sentence);
        if (told.Count == 0) return Verdict.NotStated;
        return told.Overlaps(asked) ? Verdict.Met : Verdict.Contradicted;
    }

    internal static HashSet<string> KindsIn(string text) =>
        Tokenizer.Words(TextNormalizer.Fold(text)).SelectMany(DomainLexicon.Default.ConceptsOfWord)
            .Where(ConditionWords.Default.EventKinds.Contains).ToHashSet(StringComparer.Ordinal);
}
