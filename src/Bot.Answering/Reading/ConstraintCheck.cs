using Bot.Answering.Evidence;
using Bot.Answering.Understanding;
using Bot.Knowledge.Text;

namespace Bot.Answering.Reading;

/// <summary>
/// Constraints a window must meet besides its year (<see cref="TimeCheck"/>): the ordinal the question names ("the third
/// session" is not answered by the sixth), and for "when" questions the people it names, in the sentence or around it
/// (a headline naming Radev does not make every date of the article one of his visits). The ordinal may be stated
/// anywhere before the sentence in its paragraph or in the headline ("Sixth session … ends": its forum is the sixth's).
/// </summary>
public static class ConstraintCheck
{
    public static bool Holds(Question q, ScoredWindow w) => OrdinalHolds(q, w.Window) && PeopleHold(q, w);

    static bool OrdinalHolds(Question q, EvidenceWindow w)
    {
        if (q.Ordinals.Count == 0) return true;
        var stated = new[] { w.Sentence, w.Before, w.After, w.Preceding, w.Title }.OfType<string>()
            .SelectMany(s => QuestionOrdinals.Find(Tokenizer.Words(TextNormalizer.Fold(s)).ToList()));
        return stated.Any(q.Ordinals.Contains);
    }

    static bool PeopleHold(Question q, ScoredWindow w)
    {
        if (!q.AnswerTypes.Any(t => t is AnswerType.Date or AnswerType.Year)) return true;
        var near = w.Units.Sentence | w.Units.Neighbours | w.Units.Paragraph;
        for (var i = 0; i < q.Units.Count && i < 64; i++)
            if (q.Units[i].IsPerson && (near & 1UL << i) == 0) return false;
        return true;
    }
}
