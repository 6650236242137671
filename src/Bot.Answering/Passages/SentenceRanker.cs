using System.Text.RegularExpressions;
using Bot.Answering.Understanding;
using Bot.Knowledge.Entities;
using Bot.Knowledge.Extraction;
using Bot.Knowledge.Model;
using Bot.Knowledge.Search;

namespace Bot.Answering.Passages;

/// <summary>
/// Retrieves the passages that cover most of the question (<see cref="PassageRetriever"/>) and ranks their sentences
/// by how much of the question they cover, weighting rare words (high IDF) above common ones, with a nudge towards
/// dates, places or people when the question asks for them.
/// </summary>
public sealed class SentenceRanker
{
    public const int PassagesToRead = 24;

    readonly PassageSearch _search;
    readonly WordKeys _words = new();
    readonly PassageRetriever _retriever;

    public SentenceRanker(PassageSearch search)
    {
        _search = search;
        _retriever = new PassageRetriever(search, _words);
    }

    // A year, a day with its month and year, or a weekday name (calendar.json).
    static readonly Regex DateLike = new(
        @"\b(?:19|20)\d{2}\b|\b\d{1,2}\s+\p{L}{3,}\s+(?:19|20)\d{2}|" + string.Join('|', CalendarWords.WeekdayNames.Select(Regex.Escape)),
        RegexOptions.IgnoreCase | RegexOptions.Compiled);

    public IReadOnlyList<ScoredSentence> Rank(Question q, EntityIndex entities)
    {
        var allKeys = q.Units.SelectMany(u => u.Keys).Distinct(StringComparer.Ordinal).ToList();
        if (allKeys.Count == 0) return [];
        var total = Math.Max(1, _search.PassageCount());
        var df = _search.DocumentFrequencies(allKeys);
        // A unit weighs as much as its commonest variant: a rare synonym must not make a common word look decisive.
        // Words the corpus lacks altogether weigh the most, so a question about something unknown stays unanswered.
        var weights = q.Units.Select(u => Idf(u.Keys.Select(k => df.GetValueOrDefault(k)).DefaultIfEmpty(0).Max(), total)).ToList();
        var passages = _retriever.Retrieve(q.Units, weights, df, total, PassagesToRead);
        var totalWeight = weights.Sum();
        var masks = new UnitMasks(q.Units);
        var minUnits = PassageAnswerer.MinUnits(q.Units.Count);
        var ranked = new List<ScoredSentence>();
        foreach (var passage in passages)
            foreach (var sentence in SentenceSplitter.Split(passage.Text))
            {
                var words = _words.OfText(sentence);
                // Which units each word stands for: one lookup per key of the word, as bits when the question has at
                // most 64 units; beyond that, unit by unit.
                var tokens = masks.Complete ? words.Select(w => masks.Of(w.All)).ToList() : null;
                var matchedUnits = new List<int>();
                if (tokens is not null) matchedUnits.AddRange(UnitMasks.Units(tokens.Aggregate(0UL, (all, t) => all | t)));
                else
                {
                    var keys = words.SelectMany(w => w.All).ToHashSet(StringComparer.Ordinal);
                    for (var i = 0; i < q.Units.Count; i++)
                        if (q.Units[i].Keys.Overlaps(keys)) matchedUnits.Add(i);
                }
                if (matchedUnits.Count == 0) continue;
                var score = matchedUnits.Sum(i => weights[i]);
                var coverage = score / totalWeight;
                bool Holds(int pos, int unit) => tokens is not null ? (tokens[pos] & 1UL << unit) != 0 : q.Units[unit].Keys.Overlaps(words[pos].All);
                // The nudges only order sentences that can be quoted: below the relevance floor nothing is, so they are not worked out.
                var quotable = coverage >= PassageAnswerer.CoverageFloor && matchedUnits.Count >= minUnits;
                var bonus = quotable ? Nudge(q, sentence, words, entities) + 0.25 * Density(matchedUnits, words.Count, Holds) : 0;
                ranked.Add(new ScoredSentence(sentence, passage, score + bonus * totalWeight, coverage, matchedUnits.Count));
            }
        return ranked.OrderByDescending(s => s.Score).ThenBy(s => s.Passage.Rank).ToList();
    }

    /// <summary>Matched units per token of the shortest stretch of the sentence that holds them all (1 = side by side).</summary>
    static double Density(List<int> matched, int tokenCount, Func<int, int, bool> holds)
    {
        if (matched.Count < 2) return 0;
        var hits = new List<(int Pos, int Unit)>();
        for (var pos = 0; pos < tokenCount; pos++)
            foreach (var u in matched)
                if (holds(pos, u)) hits.Add((pos, u));
        var best = int.MaxValue;
        var counts = new Dictionary<int, int>();
        var left = 0;
        for (var right = 0; right < hits.Count; right++)
        {
            counts[hits[right].Unit] = counts.GetValueOrDefault(hits[right].Unit) + 1;
            while (counts.Count == matched.Count)
            {
                best = Math.Min(best, hits[right].Pos - hits[left].Pos + 1);
                if (--counts[hits[left].Unit] == 0) counts.Remove(hits[left].Unit);
                left++;
            }
        }
        return best == int.MaxValue ? 0 : Math.Min(1, (double)matched.Count / best);
    }

    static double Idf(long df, long total) => Math.Log(1 + (total - df + 0.5) / (df + 0.5));

    static double Nudge(Question q, string sentence, List<WordKeys.Entry> words, EntityIndex entities)
    {
        double n = 0;
        if (q.Has("when") && DateLike.IsMatch(sentence)) n += 0.15;
        if (q.Has("where") || q.Has("who"))
        {
            var found = entities.FindIn(words.SelectMany(w => w.All).ToHashSet(StringComparer.Ordinal)).Select(m => m.Entity.Type).ToHashSet();
            if (q.Has("where") && found.Contains("city")) n += 0.15;
            if (q.Has("who") && (found.Contains("person") || found.Contains("institution") || found.Contains("organization"))) n += 0.1;
        }
        return n;
    }
}
