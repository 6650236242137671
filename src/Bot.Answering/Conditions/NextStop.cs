using System.Runtime.CompilerServices;
using Bot.Answering.Evidence;
using Bot.Answering.Lexicon;
using Bot.Answering.Spans;
using Bot.Answering.Understanding;
using Bot.Knowledge.Entities;
using Bot.Knowledge.Model;

namespace Bot.Answering.Conditions;

/// <summary>
/// "Which country did Radev go to after his visit to Kazakhstan", "Къде замина Радев след Казахстан", "Радев Қазақстаннан
/// кейін қай елге барды": a question asking where a visitor went next names the stop before it (after a visit to a
/// place, from a place). Its answer is a place the evidence sends someone to ("continues to Uzbekistan", "продължава към
/// Узбекистан", "Өзбекстанға аттанды"), and never that stop or a place in it: the capital where the visit was held, the
/// country a company is registered in, a port a corridor is to reach answer nothing, and the question is refused.
/// </summary>
public static class NextStop
{
    const char Tag = '#';

    sealed record Asked(IReadOnlyList<Entity> Before);

    static readonly ConditionalWeakTable<Question, Asked?[]> Cache = new();

    /// <summary>Whether a place the evidence names answers the question's "where next": true for any other question.</summary>
    /// <param name="held">Which of the question's units a text holds (<see cref="Passages.UnitMasks"/>).</param>
    public static bool Holds(Question q, ScoredWindow w, string text, AnswerSpan span, EntityIndex entities, Func<string, ulong> held)
    {
        if (!q.Wants(AnswerType.Place) || Of(q, entities) is not { } asked) return true;
        // "Днес президентът продължава към Узбекистан" after a sentence naming Radev: the traveller is the one asked of
        // only where the sentence or one beside it names them; the ambassador's trip to Plovdiv is no trip of Radev's.
        if (!NamesThePeople(q, w)) return false;
        // "Where did Zhelyazkov go after Kazakhstan": a line sending him to Brussels, beside none about Kazakhstan, does not
        // say he went there from it. The stop before stands in the sentence or the one before it ("Из Астаны Радев отправился
        // в Ташкент"; "… посетил … центр на Казахстан. Днес президентът продължава към Узбекистан").
        // A sentence before naming the stop tells of the asked traveller there only if it names them too: "Radev visited
        // Kazakhstan." then "Zhelyazkov flew to Brussels." does not send Zhelyazkov from Kazakhstan.
        if (asked.Before.Count > 0 && !NamesStop(text) && !NamesStop(w.Window.Sentence)
            && !(w.Window.Before is { } before && NamesStop(before) && (held(before) & People(q)) == People(q)))
            return false;
        // "Из Астаны": the stop as the question's word for it is held, however inflected; a place in it by the gazetteer.
        bool NamesStop(string t) => (held(t) & Stops(q, entities)) != 0
            || VisitDestination.PlacesIn(t, entities).Any(p => asked.Before.Any(stop => VisitDestination.Same(p.Entity, stop)));
        var words = VisitDestination.WordsOf(text);
        var at = VisitDestination.WordAt(words, span.Start);
        // "#визит #Болгария": a tag names what a post is filed under, not where anyone went.
        if (at < 0 || span.Start > 0 && text[span.Start - 1] == Tag) return false;
        var place = VisitDestination.PlacesIn(text, entities).FirstOrDefault(p => VisitDestination.WordAt(words, p.Start) == at)?.Entity;
        if (place is not null && asked.Before.Any(stop => VisitDestination.Same(place, stop))) return false;
        return SentTo(text, words, at, place);
    }

    /// <summary>The question asks where a visitor went next.</summary>
    public static bool Asks(Question q, EntityIndex entities) => q.Wants(AnswerType.Place) && Of(q, entities) is not null;

    /// <summary>The question's unit names the stop before the one it asks ("after Astana", "Астанадан кейін").</summary>
    public static bool IsStopBefore(Question q, QueryUnit unit, EntityIndex entities) =>
        unit.IsEntity && q.Wants(AnswerType.Place) && Of(q, entities) is { } asked && asked.Before.Any(e => e.Name == unit.Label);

    /// <summary>The question's units naming people, as a mask.</summary>
    static ulong People(Question q)
    {
        var mask = 0UL;
        for (var i = 0; i < q.Units.Count && i < 64; i++)
            if (q.Units[i].IsPerson) mask |= 1UL << i;
        return mask;
    }

    /// <summary>The question's units naming the stop before, as a mask.</summary>
    static ulong Stops(Question q, EntityIndex entities)
    {
        var mask = 0UL;
        for (var i = 0; i < q.Units.Count && i < 64; i++)
            if (IsStopBefore(q, q.Units[i], entities)) mask |= 1UL << i;
        return mask;
    }

    static bool NamesThePeople(Question q, ScoredWindow w)
    {
        var near = w.Units.Sentence | w.Units.Neighbours;
        for (var i = 0; i < q.Units.Count && i < 64; i++)
            if (q.Units[i].IsPerson && (near & 1UL << i) == 0) return false;
        return true;
    }

    static Asked? Of(Question q, EntityIndex entities) => Cache.GetValue(q, _ => [Read(q.Text, entities)])[0];

    static Asked? Read(string question, EntityIndex entities)
    {
        var words = VisitDestination.WordsOf(question);
        var visits = VisitDestination.VisitEnds(words);
        if (visits.Count == 0) return null;
        var vocabulary = ConditionWords.Default;
        var after = words.Select((w, i) => (w, i)).Where(x => vocabulary.NextStopWords.Contains(x.w.Folded)).Select(x => x.i).ToList();
        var before = new List<Entity>();
        foreach (var span in VisitDestination.PlacesIn(question, entities))
        {
            var at = VisitDestination.WordAt(words, span.Start);
            if (at < 0) continue;
            var mark = VisitDestination.Marks(question, words, span, at, [], vocabulary.PlaceReach);
            // "after his visit to Kazakhstan": the stop follows the word within a few words; Kazakh puts "кейін" after it.
            var afterIt = after.Any(a => a < at && at - a <= StopReach || a > at && a - at <= vocabulary.PlaceReach);
            if (mark == VisitDestination.Mark.Origin || afterIt)
            {
                before.Add(span.Entity);
            }
        }
        // "Пловдивтен келген қонақтар Шымкентте қайда серуендеді": guests from Plovdiv asked where they walked, not where they went next.
        return after.Count > 0 && (before.Count > 0 || AsksWhereNext(words, after, visits)) ? new Asked(before) : null;
    }

    // "after the official visit of the president to Kazakhstan": the words a stop may stand after the word for "after".
    const int StopReach = 6;

    /// <summary>"Where did he go after the talks": a word for "after" beside the question's word of travel.</summary>
    static bool AsksWhereNext(List<(int Start, int End, string Folded)> words, List<int> after, List<int> visits) =>
        after.Any(a => visits.Any(v => Math.Abs(v - a) <= StopReach));

    /// <summary>
    /// The place stands where a word of travel sends someone: right after it or a preposition on ("left for Uzbekistan",
    /// "продължава към Узбекистан", "отправился в Ташкент"), or, in Kazakh, in the dative before it ("Өзбекстанға аттанды").
    /// </summary>
    static bool SentTo(string text, List<(int Start, int End, string Folded)> words, int at, Entity? place)
    {
        var vocabulary = ConditionWords.Default;
        var visits = VisitDestination.VisitEnds(words);
        if (place is not null)
        {
            var ending = VisitDestination.Ending(words[at].Folded, place);
            if (ending.Length > 0)
            {
                if (vocabulary.OriginEndings.Any(e => ending.StartsWith(e, StringComparison.Ordinal))) return false;
                if (vocabulary.DestinationEndings.Any(e => ending.StartsWith(e, StringComparison.Ordinal)))
                    return visits.Any(v => v - 1 > at && v - 1 - at <= vocabulary.PlaceReach);
            }
        }
        // "visit of Bulgarian President Radev" makes "Bulgarian" no destination: only small words may stand between, the
        // last a word of direction ("travels on to Uzbekistan").
        return visits.Any(v => v == at || v < at && at - v <= vocabulary.PlaceReach && vocabulary.DestinationWords.Contains(words[at - 1].Folded)
            && words.Skip(v).Take(at - v).All(w => DomainLexicon.Default.IsStopword(w.Folded) && !vocabulary.OriginWords.Contains(w.Folded) && !vocabulary.AgentWords.Contains(w.Folded)));
    }
}
