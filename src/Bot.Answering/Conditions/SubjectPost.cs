using Bot.Answering.Evidence;
using Bot.Answering.Lexicon;
using Bot.Answering.Understanding;
using Bot.Knowledge.Entities;
using Bot.Knowledge.Extraction.Vocabulary;
using Bot.Knowledge.Text;

namespace Bot.Answering.Conditions;

/// <summary>
/// The post of whom a question asks about, when it names them by their post alone: "when did a Bulgarian prime minister
/// visit Kazakhstan" is not answered by the speaker of parliament's visit, nor by the Kazakh prime minister's. Words of
/// one post standing together are one post ("deputy prime minister"). A post the question gives a country ("a Bulgarian
/// prime minister", "министър-председател на България") is a key condition: the evidence (the sentence, its neighbours
/// or the headline) must give that post that country; a sentence giving the country's people another post contradicts
/// it. A post without a country is met by a sentence naming it and contradicted by one naming only other posts. A
/// question naming the person is judged by the person; the post of a person asked for is the answer's (<see cref="AnswerPost"/>).
/// </summary>
public sealed class SubjectPost : EvidenceCondition
{
    public static SubjectPost Default { get; } = new();

    public override string Name => "post";

    public override bool KeyFor(Question q) => Asked(q).Any(p => p.Country is not null);

    public override Verdict Judge(Question q, ScoredWindow w, EntityIndex entities)
    {
        var asked = Asked(q);
        if (asked.Count == 0) return Verdict.Met;
        var window = w.Window;
        var sentence = PostMentions.Of(window.Sentence);
        foreach (var post in asked)
        {
            if (post.Country is { } country)
            {
                // "The Bulgarian speaker held talks with Prime Minister Massimov": the country's post in the sentence is the speaker's.
                if (sentence.Any(p => p.Country == country && !p.Concepts.IsSupersetOf(post.Concepts))
                    && !sentence.Any(p => p.Country == country && p.Concepts.IsSupersetOf(post.Concepts))) return Verdict.Contradicted;
                if (!new[] { window.Sentence, window.Before, window.After, window.Title }.OfType<string>()
                        .Any(t => PostMentions.Of(t).Any(p => p.Country == country && p.Concepts.IsSupersetOf(post.Concepts)))) return Verdict.NotStated;
            }
            else if (sentence.Count > 0 && !sentence.Any(p => p.Concepts.IsSupersetOf(post.Concepts))) return Verdict.Contradicted;
        }
        return Verdict.Met;
    }

    /// <summary>The posts the question names of whom it asks about: none when it names a person, never the post asked for.</summary>
    static List<PostMentions.Post> Asked(Question q)
    {
        // "Who co-chairs the commission": the post of the one asked for is the answer's (<see cref="AnswerPost"/>).
        if (q.Units.Any(u => u.IsPerson) || q.Wants(AnswerType.Person)) return [];
        var head = q.Head is { } h ? PostMentions.Concepts(h.Label, q.Lang == "kk") : None;
        return PostMentions.Of(q.Text).Where(p => !p.Concepts.Overlaps(head)).ToList();
    }

    static readonly IReadOnlySet<string> None = new HashSet<string>();
}
