using Bot.Answering.Lexicon;
using Bot.Answering.Spans;
using Bot.Answering.Understanding;
using Bot.Knowledge.Text;

namespace Bot.Answering.Reading;

/// <summary>
/// "Who are the co-chairs of the intergovernmental commission?", "тең төрағалары кімдер?": a post one person of each side
/// holds at once has as many holders as sides, and a sentence naming them ("co-chaired by Kazakhstan's … Zhumangarin and
/// Bulgaria's … Dilov", "С казахстанской стороны её возглавляет …, с болгарской – …", one sentence after the other's) answers with all of them, not the
/// one nearest the question's words. A question naming a side ("from the Kazakh side") asks one of them: sides pick it.
/// </summary>
public static class SharedPost
{
    /// <summary>The shared post a word means when it means no other post ("co-chairs"; not "chairs", which is a chairman's too).</summary>
    public static string? Of(IReadOnlyList<string> concepts)
    {
        var cues = AnswerTypeCues.Default;
        var shared = concepts.FirstOrDefault(cues.SharedPosts.Contains);
        return shared is not null && concepts.All(c => c == shared || !cues.PersonHeads.Contains(c)) ? shared : null;
    }

    /// <summary>The question asks who holds a shared post and names no side: every holder is the answer.</summary>
    public static bool AsksEveryHolder(Question q) =>
        q.Wants(AnswerType.Person) && q.Head is { } head && !q.AsksSigner
        && Of(DomainLexicon.Default.ConceptsOfWord(TextNormalizer.Fold(head.Label))) is not null
        && SideOfPerson.AskedSides(q).IsEmpty;
}
