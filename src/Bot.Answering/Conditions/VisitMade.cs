using System.Text.RegularExpressions;
using Bot.Answering.Evidence;
using Bot.Answering.Lexicon;
using Bot.Answering.Reading;
using Bot.Answering.Spans;
using Bot.Answering.Understanding;
using Bot.Knowledge.Entities;

namespace Bot.Answering.Conditions;

/// <summary>
/// "When did Tokayev visit Bulgaria?" asks the date of a visit that happened. A sentence telling the visit only as invited
/// or accepted ("Tokayev accepted President Radev's invitation to visit Bulgaria", "прие поканата … да посети България")
/// dates no visit (a plan's own date is still shown, with what became of it: NotTaken, TenseOfEvent); nor does one that tells no visit
/// at all and places nothing where the question does ("the day before yesterday, after Tokayev's and Radev's talks in the
/// Akorda, five documents were signed"): that date is of the talks, perhaps of another's visit. "At the invitation of …"
/// tells who hosted a visit made, and is no mere invitation. A question asking of a visit ahead or as planned asks no
/// such thing. Invitation words: the lexicon's "invitation"; hosting cues: visitors.json "after_cue" and "hosted_cue".
/// </summary>
public sealed class VisitMade : EvidenceCondition
{
    public static VisitMade Default { get; } = new(EmbeddedJson.Load<Visitor.VisitorFile>("visitors.json"));

    public override string Name => "visit_made";

    // An invitation governs a visit word a few words from it: "accepted the invitation of President Radev to visit".
    const int InvitationReach = 6;

    readonly Regex _hosted;

    VisitMade(Visitor.VisitorFile file) =>
        _hosted = PhraseRegex.Of(file.AfterCue.Concat(file.HostedCue ?? []).GroupBy(p => p.Key).ToDictionary(g => g.Key, g => g.SelectMany(p => p.Value).ToList()));

    public override Verdict Judge(Question q, ScoredWindow w, EntityIndex entities)
    {
        if (!AsksVisitMade(q)) return Verdict.Met;
        var sentence = w.Window.Sentence;
        var words = VisitDestination.WordsOf(sentence);
        var visits = Indices(words, c => c is Visit or Travel);
        var destination = VisitDestination.Default.Of(q, entities);
        if (visits.Count == 0)
            return destination is not null && VisitDestination.Default.Judge(q, w, entities) != Verdict.Met ? Verdict.Contradicted : Verdict.Met;
        // "Итоги визита Румена Радева." and then "Позавчера … по итогам переговоров … подписано": a heading that names a visit
        // and dates nothing is answered by its neighbour's date, which is of what the neighbour tells. A dateline above is the
        // item's own date, not a neighbour's story ("*Astana, 4 April 2024*" over "A trade mission toured the Astana Hub").
        if (destination is not null && !DateSpans.Find(sentence, AnswerType.Date, w.Window.Published).Any()
            && new[] { w.Window.After, w.Window.Before }.OfType<string>().Where(n => !DatelineText.Is(n, w.Window.Published) && DateSpans.Find(n, AnswerType.Date, w.Window.Published).Any()).ToList() is { Count: > 0 } dated
            && dated.TrueForAll(n => Indices(VisitDestination.WordsOf(n), c => c is Visit or Travel).Count == 0 && VisitDestination.Placed(n, destination, entities) != Verdict.Met))
            return Verdict.Contradicted;
        var hosting = _hosted.Matches(sentence).Select(m => (m.Index, End: m.Index + m.Length)).ToList();
        var invitations = Indices(words, c => c == Invitation).Where(i => !hosting.Exists(h => words[i].Start >= h.Index && words[i].Start < h.End)).ToList();
        return visits.TrueForAll(v => invitations.Exists(i => Math.Abs(i - v) <= InvitationReach)) ? Verdict.Contradicted : Verdict.Met;
    }

    static bool AsksVisitMade(Question q) =>
        q.AnswerTypes.Any(t => t is AnswerType.Date or AnswerType.Year)
        && Indices(VisitDestination.WordsOf(q.Text), c => c is Visit or Travel).Count > 0
        && !TenseOfEvent.Default.AsksAhead(q) && !HeldEvent.Default.AsksPlan(q.Text);

    static List<int> Indices(List<(int Start, int End, string Folded)> words, Func<string, bool> concept)
    {
        var found = new List<int>();
        for (var i = 0; i < words.Count; i++)
            if (DomainLexicon.Default.ConceptsOfWord(words[i].Folded).Any(concept)) found.Add(i);
        return found;
    }

    const string Visit = "visit";
    const string Travel = "travel";
    const string Invitation = "invitation";
}
