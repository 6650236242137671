using Bot.Answering.Lexicon;
using Bot.Answering.Spans;
using Bot.Answering.Understanding;
using Bot.Knowledge.Entities;
using Bot.Knowledge.Text;

namespace Bot.Answering.Reading;

/// <summary>
/// "Who chaired the Majilis": of the officials one sentence lists ("… с министър-председателя Карим Масимов, с
/// председателя на Мажилиса Кабиболла Джакупов и …"), the one whose own post names the Majilis answers; the one listed
/// first, whose post names no such body ("министър-председателя", itself holding the word for a chair), does not. Read
/// only when the sentence gives that body to someone else's post: a sentence naming it beside nobody says nothing.
/// </summary>
public static class BodyOfPost
{
    // "председателя на Мажилиса Кабиболла Джакупов", "Мәжіліс Төрағасы Ерлан Қошанов": the body stands within a few words
    // before the name, in its post.
    const int PostReach = 6;

    const double OtherBody = 0.3;

    /// <summary>A factor for each person: less for one whose post names none of the question's bodies when another's does.</summary>
    public static double[] Factors(Question q, string sentence, IReadOnlyList<AnswerSpan> people)
    {
        var factors = Enumerable.Repeat(1.0, people.Count).ToArray();
        if (people.Count < 2) return factors;
        var bodies = q.Units.Where(u => !u.IsPerson && !Gazetteer.IsCountryWord(u.Label) && (u.IsEntity || u.IsName
            || DomainLexicon.Default.ConceptsOfWord(TextNormalizer.Fold(u.Label)).Any(AnswerTypeCues.Default.PostBodies.Contains))).ToList();
        if (bodies.Count == 0) return factors;
        var tokens = new List<(int Start, HashSet<string> Keys)>();
        var position = 0;
        while (Tokenizer.Next(sentence, ref position, out var start, out var length))
            tokens.Add((start, AliasKeys.ForText(sentence.Substring(start, length))));
        // Back to the person named before, wherever the list has them.
        var holds = people.Select(p => Holds(tokens, bodies, p, people.Where(o => o.End <= p.Start).Select(o => o.End).DefaultIfEmpty(0).Max())).ToArray();
        if (!holds.Any(h => h)) return factors;
        for (var i = 0; i < people.Count; i++)
            if (!holds[i]) factors[i] = OtherBody;
        return factors;
    }

    // The words before the name, back to the person before it, within the reach of a post.
    static bool Holds(List<(int Start, HashSet<string> Keys)> tokens, List<QueryUnit> bodies, AnswerSpan person, int after)
    {
        var at = tokens.FindIndex(t => t.Start >= person.Start);
        if (at < 0) at = tokens.Count;
        for (var i = at - 1; i >= 0 && i >= at - PostReach && tokens[i].Start >= after; i--)
            if (bodies.Any(b => b.Keys.Overlaps(tokens[i].Keys))) return true;
        return false;
    }
}
