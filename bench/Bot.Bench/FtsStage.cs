using System.Diagnostics;
using Bot.Answering.Passages;
using Bot.Knowledge.Search;
using Bot.Knowledge.Text;

namespace Bot.Bench;

/// <summary>
/// The floor under answer latency: one FTS5 MATCH (bm25, top 24) per question on the same store. "Raw" sends every
/// analyzed key of the question; "content" first drops keys found in more than a fifth of passages, as the answerer's
/// SentenceRanker does, so the two bracket what retrieval alone costs.
/// </summary>
internal sealed class FtsStage(PassageSearch passages)
{
    const double CommonShare = 0.2;
    const int WarmUp = 30;

    public (List<double> Raw, List<double> Content) Run(IReadOnlyList<BenchQuestion> questions, CancellationToken ct)
    {
        var raw = questions.Select(q => TermAnalyzer.Keys(q.Text).ToList()).ToList();
        var total = passages.PassageCount();
        var content = raw.Select(keys =>
        {
            var df = passages.DocumentFrequencies(keys);
            var kept = keys.Where(k => df.GetValueOrDefault(k) > 0 && df[k] <= total * CommonShare).ToList();
            return kept.Count > 0 ? kept : keys.Where(k => df.GetValueOrDefault(k) > 0).ToList();
        }).ToList();
        // The answer pass has already warmed the store; a short pass loads the doclists of the common words only raw
        // queries read. Content keys are a subset of raw keys, so the raw pass warms them too. Keeps the bench short.
        MemoryTrace.Phase("fts-warm");
        foreach (var keys in raw.Take(WarmUp)) passages.Search(keys, SentenceRanker.PassagesToRead);
        MemoryTrace.Phase("fts-raw");
        var timedRaw = Time(raw, ct);
        MemoryTrace.Phase("fts-content");
        return (timedRaw, Time(content, ct));
    }

    List<double> Time(List<List<string>> keySets, CancellationToken ct)
    {
        var ms = new List<double>(keySets.Count);
        foreach (var keys in keySets)
        {
            ct.ThrowIfCancellationRequested();
            var started = Stopwatch.GetTimestamp();
            passages.Search(keys, SentenceRanker.PassagesToRead);
            ms.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }
        return ms;
    }
}
