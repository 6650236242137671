using System.Numerics;
using Bot.Answering.Evidence;
using Bot.Answering.Passages;
using Bot.Answering.Understanding;

namespace Bot.Answering.Reading;

/// <summary>
/// What a candidate answer is about, as far as the question pins it down: which of the people the question names the
/// sentence its answer is read from names, and which the window's sentence or the ones beside it name, whether its person stands beside the asked post, whether its date is
/// the date of the asked event. Two candidates answer the same question only where the one does not fall short of the other.
/// </summary>
public readonly record struct CandidateFocus(ulong PeopleInSentence, ulong People, bool BesideHead, bool OfAskedEvent)
{
    /// <summary>Nothing pinned: a candidate of a question that names no person, post or event.</summary>
    public static CandidateFocus Open { get; } = new(0, 0, true, true);

    /// <summary>This candidate answers at least everything the other's evidence ties to the question.</summary>
    public bool Covers(CandidateFocus other) =>
        (PeopleInSentence & other.PeopleInSentence) == other.PeopleInSentence && (People & other.People) == other.People
        && (BesideHead || !other.BesideHead) && (OfAskedEvent || !other.OfAskedEvent);

    /// <summary>How much of the question the candidate is tied to: the people its answer's sentence names first, then the post, then the event.</summary>
    public int Weight => BitOperations.PopCount(PeopleInSentence) * 4 + (BesideHead ? 2 : 0) + (OfAskedEvent ? 1 : 0);

    /// <param name="answeredFrom">The sentences the candidate's spans were read from.</param>
    public static CandidateFocus Of(Question q, ScoredWindow w, IEnumerable<string> answeredFrom, WordKeys words, bool besideHead, bool ofAskedEvent)
    {
        var people = 0UL;
        for (var i = 0; i < q.Units.Count && i < 64; i++)
            if (q.Units[i].IsPerson) people |= 1UL << i;
        if (people == 0) return new(0, 0, besideHead, ofAskedEvent);
        var masks = new UnitMasks(q.Units);
        var inAnswer = masks.Held(answeredFrom.SelectMany(words.OfText));
        return new(inAnswer & people, (w.Units.Sentence | w.Units.Neighbours) & people, besideHead, ofAskedEvent);
    }
}
