using System.Text.Json.Serialization;
using System.Text.RegularExpressions;
using Bot.Answering.Evidence;
using Bot.Answering.Lexicon;
using Bot.Answering.Understanding;
using Bot.Knowledge.Entities;
using Bot.Knowledge.Text;

namespace Bot.Answering.Conditions;

/// <summary>
/// Whose visit the evidence tells of. "When will Tokayev visit Bulgaria?" is not answered by "At the invitation of
/// President Tokayev, President Radev will visit our country on 8–9 June": the asked person is named there only as the one
/// who invited, and the visit is the guest's. A sentence naming the asked visitor only so contradicts the question; one
/// naming them anywhere else (as the one who goes, meets, accepts an invitation) does not. Words in visitors.json.
/// </summary>
public sealed class Visitor : EvidenceCondition
{
    public static Visitor Default { get; } = new(EmbeddedJson.Load<VisitorFile>("visitors.json"));

    public override string Name => "visitor";

    readonly Regex _after;
    readonly Regex _before;
    readonly int _afterReach;
    readonly int _beforeReach;

    Visitor(VisitorFile file)
    {
        _after = PhraseRegex.Of(file.AfterCue);
        _before = PhraseRegex.Of(file.BeforeCue);
        _afterReach = file.AfterReach;
        _beforeReach = file.BeforeReach;
    }

    public override Verdict Judge(Question q, ScoredWindow w, EntityIndex entities)
    {
        var people = q.Entities.Where(e => e.Entity.Type == "person").Select(e => e.Entity.Id).ToHashSet();
        if (people.Count == 0 || !AsksVisit(q.Text)) return Verdict.Met;
        var sentence = w.Window.Sentence;
        var named = entities.FindSpans(sentence).Where(s => people.Contains(s.Entity.Id)).ToList();
        if (named.Count == 0 || !AsksVisit(sentence)) return Verdict.Met;
        return named.All(s => Invites(sentence, s.Start, s.Start + s.Length)) ? Verdict.Contradicted : Verdict.Met;
    }

    /// <summary>The name at [start, end) is the inviter's: a cue stands a few words before it ("по приглашению …") or after it ("… шақыруымен").</summary>
    bool Invites(string text, int start, int end)
    {
        foreach (Match m in _after.Matches(text))
            if (m.Index + m.Length <= start && Words(text, m.Index + m.Length, start) <= _afterReach) return true;
        foreach (Match m in _before.Matches(text))
            if (m.Index >= end && Words(text, end, m.Index) <= _beforeReach) return true;
        return false;
    }

    static int Words(string text, int from, int to) => Tokenizer.Words(text[from..to]).Count();

    static bool AsksVisit(string text) =>
        Tokenizer.Words(TextNormalizer.Fold(text)).Any(word => DomainLexicon.Default.ConceptsOfWord(word).Any(c => c is "visit" or "travel"));


    public sealed record VisitorFile(
        [property: JsonPropertyName("after_reach")] int AfterReach,
        [property: JsonPropertyName("before_reach")] int BeforeReach,
        [property: JsonPropertyName("after_cue")] Dictionary<string, List<string>> AfterCue,
        [property: JsonPropertyName("before_cue")] Dictionary<string, List<string>> BeforeCue,
        [property: JsonPropertyName("hosted_cue")] Dictionary<string, List<string>>? HostedCue = null);
}
