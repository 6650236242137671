using System.Text.RegularExpressions;
using Bot.Answering.Understanding;
using Bot.Knowledge.Entities;
using Bot.Knowledge.Extraction;
using Bot.Knowledge.Model;
using Bot.Knowledge.Search;

namespace Bot.Answering.Passages;

/// <summary>
/// Retrieves passages by bm25 and ranks their sentences by how much of the question they cover, weighting
/// rare words (high IDF) above common ones, with a nudge towards dates, places or people when the question asks for them.
/// </summary>
public sealed partial class SentenceRanker(PassageSearch search)
{
    public const int PassagesToRead = 24;

    // Keys in more than this share of passages say little and cost much in FTS5; they still count when scoring sentences.
    const double CommonShare = 0.2;

    [GeneratedRegex(@"\b(?:19|20)\d{2}\b|\b\d{1,2}\s+\p{L}{3,}\s+(?:19|20)\d{2}|monday|tuesday|wednesday|thursday|friday|saturday|sunday|понедельник|вторник|среду|четверг|пятницу", RegexOptions.IgnoreCase)]
    private static partial Regex DateLike();

    public IReadOnlyList<ScoredSentence> Rank(Question q, EntityIndex entities)
    {
        var allKeys = q.Units.SelectMany(u => u.Keys).Distinct(StringComparer.Ordinal).ToList();
        if (allKeys.Count == 0) return [];
        var total = Math.Max(1, search.PassageCount());
        var df = search.DocumentFrequencies(allKeys);
        var weights = q.Units.Select(u => Idf(u.Keys.Select(k => df.GetValueOrDefault(k)).DefaultIfEmpty(0).Max(), total)).ToList();
        var queryKeys = allKeys.Where(k => df.GetValueOrDefault(k) > 0 && df[k] <= total * CommonShare).ToList();
        if (queryKeys.Count == 0) queryKeys = allKeys.Where(k => df.GetValueOrDefault(k) > 0).ToList();
        var passages = search.Search(queryKeys, PassagesToRead);
        var totalWeight = weights.Sum();
        var ranked = new List<ScoredSentence>();
        foreach (var passage in passages)
            foreach (var sentence in SentenceSplitter.Split(passage.Text))
            {
                var keys = AliasKeys.ForText(sentence);
                double score = 0;
                var matched = 0;
                for (var i = 0; i < q.Units.Count; i++)
                    if (q.Units[i].Keys.Overlaps(keys)) { score += weights[i]; matched++; }
                if (matched == 0) continue;
                var coverage = score / totalWeight;
                ranked.Add(new ScoredSentence(sentence, passage, score + Nudge(q, sentence, entities) * totalWeight, coverage, matched));
            }
        return ranked.OrderByDescending(s => s.Score).ThenBy(s => s.Passage.Rank).ToList();
    }

    static double Idf(long df, long total) => Math.Log(1 + (total - df + 0.5) / (df + 0.5));

    static double Nudge(Question q, string sentence, EntityIndex entities)
    {
        double n = 0;
        if (q.Has("when") && DateLike().IsMatch(sentence)) n += 0.15;
        if (q.Has("where") || q.Has("who"))
        {
            var found = entities.FindIn(sentence).Select(m => m.Entity.Type).ToHashSet();
            if (q.Has("where") && found.Contains("city")) n += 0.15;
            if (q.Has("who") && (found.Contains("person") || found.Contains("institution") || found.Contains("organization"))) n += 0.1;
        }
        return n;
    }
}
