using Bot.Answering.Passages;
using Bot.Answering.Spans;
using Bot.Answering.Understanding;
using Bot.Knowledge.Entities;
using Bot.Knowledge.Model;
using Bot.Knowledge.Text;

namespace Bot.Answering.Reading;

/// <summary>
/// One sentence, several values of the asked kind, each with its own conditions: "in Kazakhstan over 55 firms with
/// Bulgarian capital work, and in Bulgaria 35 firms with Kazakh capital". The sentence is cut between each two values
/// where a clause ends, and each value is judged by how much of the question its own part holds: the
/// place, the direction, the party the question names stand in the part of the value it asks for.
/// </summary>
public static class SpanClauses
{
    // A value whose part holds none of the question's words still stands in a sentence that does: it keeps half its weight.
    const double Floor = 0.5;

    // A value its own clause places in another country than the question asks about ("in Kazakhstan over 55 …" for "how
    // many … work in Bulgaria") is about something else; what the question's words do not settle, the place does.
    const double Elsewhere = 0.3;

    static bool IsPlace(Entity e) => e.Type is "city" or "region";

    /// <summary>A factor of 1 for each of <paramref name="count"/> spans: nothing told apart.</summary>
    public static double[] None(int count) => Enumerable.Repeat(1.0, count).ToArray();

    /// <summary>For each span (in the order given), a factor of 1 for the part holding most of the question, less for the others.</summary>
    /// <param name="reach">The weight of each of the question's units (the heaviest 1).</param>
    /// <param name="places">The store's places: a city stands for its country.</param>
    public static double[] Factors(string sentence, IReadOnlyList<AnswerSpan> spans, Question q, WordKeys words, double[] reach, EntityIndex places)
    {
        var factors = None(spans.Count);
        if (spans.Count < 2) return factors;
        var order = Enumerable.Range(0, spans.Count).OrderBy(i => spans[i].Start).ToList();
        // Values that overlap (one a part of another) are one value: no part of the sentence tells them apart.
        for (var k = 1; k < order.Count; k++)
            if (spans[order[k]].Start < spans[order[k - 1]].End) return factors;
        var masks = new UnitMasks(q.Units);
        var held = new double[spans.Count];
        var elsewhere = new bool[spans.Count];
        var cuts = new int[order.Count + 1];
        cuts[^1] = sentence.Length;
        for (var k = 1; k < order.Count; k++) cuts[k] = Cut(sentence, spans[order[k - 1]], spans[order[k]]);
        // What the sentence says before its first value it may say of them all ("Kazakhstan's exports are mostly crude oil
        // (77.3 percent) and aluminium (18.5 percent)"): the first value's own words are no more than the others' lead-ins.
        var lead = Enumerable.Range(1, order.Count - 1).Min(k => WordsBetween(sentence, cuts[k], spans[order[k]].Start));
        for (var k = 0; k < order.Count; k++)
        {
            var from = k == 0 ? StartOfLastWords(sentence, spans[order[0]].Start, Math.Max(MinLead, lead)) : cuts[k];
            held[order[k]] = Weight(sentence, from, cuts[k + 1], spans, masks, words, reach);
            elsewhere[order[k]] = q.PlacedIn.Count > 0 && CountryPlace.In(sentence[cuts[k]..cuts[k + 1]], places) is { Count: > 0 } placed && !placed.Overlaps(q.PlacedIn);
        }
        // "In Astana the days open on 5 June, and in Almaty on 12 June": where the question's city stands in one value's
        // clause, a value whose clause names only other places is of those places.
        var cities = q.Entities.Where(e => IsPlace(e.Entity)).Select(e => e.Entity.Id).ToHashSet(StringComparer.Ordinal);
        if (cities.Count > 0)
        {
            var named = Enumerable.Range(0, order.Count).Select(k => places.FindIn(sentence[cuts[k]..cuts[k + 1]]).Where(m => IsPlace(m.Entity)).Select(m => m.Entity.Id).ToHashSet(StringComparer.Ordinal)).ToList();
            if (named.Any(n => n.Overlaps(cities)))
                for (var k = 0; k < order.Count; k++)
                    if (named[k].Count > 0 && !named[k].Overlaps(cities)) elsewhere[order[k]] = true;
        }
        // "Суровият петрол е 77,3 на сто …, а необработеният алуминий - 18,5 на сто": where the good the question asks of
        // stands in one value's clause, a value whose clause names only other goods is theirs.
        var goods = QuestionConditions.Default.Of(q).Goods;
        if (goods.Count > 0)
        {
            var named = Enumerable.Range(0, order.Count).Select(k => QuestionConditions.Default.GoodsIn(sentence[cuts[k]..cuts[k + 1]])).ToList();
            if (named.Any(n => n.Overlaps(goods)))
                for (var k = 0; k < order.Count; k++)
                    if (named[k].Count > 0 && !named[k].Overlaps(goods)) elsewhere[order[k]] = true;
        }
        var best = held.Max();
        for (var i = 0; i < spans.Count; i++)
            factors[i] = (best > 0 ? Floor + (1 - Floor) * held[i] / best : 1) * (elsewhere[i] ? Elsewhere : 1);
        return factors;
    }

    static readonly System.Buffers.SearchValues<char> Marks = System.Buffers.SearchValues.Create(",;:—–");

    /// <summary>
    /// Where the part of the earlier value ends and the later one's begins: at the first clause mark after the earlier
    /// ("55 firms with Bulgarian capital, and in Bulgaria – 35": the dash leads into the later value's clause), else
    /// before the last word joining two clauses ("(77.3 percent) and raw aluminium (18.5 percent)"), else at the later value.
    /// </summary>
    static int Cut(string sentence, AnswerSpan earlier, AnswerSpan later)
    {
        var between = sentence.AsSpan(earlier.End, later.Start - earlier.End);
        var mark = between.IndexOfAny(Marks);
        if (mark >= 0) return earlier.End + mark + 1;
        var cut = later.Start;
        var position = earlier.End;
        while (Tokenizer.Next(sentence, ref position, out var start, out var length) && start < later.Start)
            if (SpanWords.Default.ClauseJoiners.Contains(TextNormalizer.Fold(sentence.Substring(start, length)))) cut = start;
        return cut;
    }

    // The first value keeps at least this many words before it as its own.
    const int MinLead = 1;

    /// <summary>How many words lead into a value, the word joining its clause to the one before not counted ("and | raw aluminium").</summary>
    static int WordsBetween(string sentence, int from, int to)
    {
        var count = 0;
        var position = from;
        while (Tokenizer.Next(sentence, ref position, out var start, out var length) && start < to)
            if (!SpanWords.Default.ClauseJoiners.Contains(TextNormalizer.Fold(sentence.Substring(start, length)))) count++;
        return count;
    }

    /// <summary>Where the last <paramref name="count"/> words before <paramref name="at"/> start.</summary>
    static int StartOfLastWords(string sentence, int at, int count)
    {
        var starts = new List<int>();
        var position = 0;
        while (Tokenizer.Next(sentence, ref position, out var start, out _) && start < at) starts.Add(start);
        return starts.Count <= count ? 0 : starts[^count];
    }

    /// <summary>The summed weight of the question's units that words between <paramref name="from"/> and <paramref name="to"/> stand for.</summary>
    /// <remarks>A value's own words ("12 percent", "35 firms") say what kind of value it is, which every value shares: they are not counted.</remarks>
    static double Weight(string sentence, int from, int to, IReadOnlyList<AnswerSpan> spans, UnitMasks masks, WordKeys words, double[] reach)
    {
        ulong mask = 0;
        var position = from;
        while (Tokenizer.Next(sentence, ref position, out var start, out var length) && start < to)
            if (!spans.Any(s => start >= s.Start && start < s.End)) mask |= masks.Of(words.Of(sentence.AsSpan(start, length)).All);
        return UnitMasks.Units(mask).Where(i => i < reach.Length).Sum(i => reach[i]);
    }
}
