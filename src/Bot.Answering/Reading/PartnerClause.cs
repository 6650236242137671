using Bot.Answering.Spans;
using Bot.Answering.Understanding;
using Bot.Knowledge.Entities;
using Bot.Knowledge.Text;

namespace Bot.Answering.Reading;

/// <summary>
/// "Who from the Bulgarian ministry met ambassador Izbastin?" over "Vasilenko received Ambassador Hadjieva, and Ambassador
/// Izbastin met Deputy Minister Georgiev": a sentence telling of several pairs answers with the person in the clause of
/// the one the question names. The others did something else, with someone else.
/// </summary>
public static class PartnerClause
{
    const double OtherClause = 0.5;

    /// <summary>The clauses (start, end) of a sentence that name a person the question names; empty when it names none.</summary>
    public static IReadOnlyList<(int Start, int End)> Of(Question q, string sentence)
    {
        var people = q.Units.Where(u => u.IsPerson).ToList();
        if (people.Count == 0) return [];
        var clauses = new List<(int, int)>();
        var position = 0;
        while (Tokenizer.Next(sentence, ref position, out var start, out var length))
            if (people.Any(p => p.Keys.Overlaps(AliasKeys.ForText(sentence.Substring(start, length)))))
                clauses.Add((Clauses.StartOf(sentence, start), Clauses.EndOf(sentence, start)));
        return clauses;
    }

    /// <summary>1 for a person in a clause with someone the question names, or when no candidate is; less for one outside.</summary>
    public static double Factor(IReadOnlyList<(int Start, int End)> partners, IReadOnlyList<AnswerSpan> candidates, AnswerSpan span)
    {
        if (partners.Count == 0 || span.Type != AnswerType.Person || !candidates.Any(c => Within(partners, c))) return 1;
        return Within(partners, span) ? 1 : OtherClause;
    }

    static bool Within(IReadOnlyList<(int Start, int End)> partners, AnswerSpan span) =>
        partners.Any(p => span.Start >= p.Start && span.End <= p.End);
}
