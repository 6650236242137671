using Bot.Answering.Conditions;
using Bot.Answering.Spans;
using Bot.Answering.Understanding;

namespace Bot.Answering.Reading;

/// <summary>
/// "When did Parvanov last visit Kazakhstan?": of the dates the evidence gives the asked event, the latest answers, and
/// "first" the earliest — a chronology lists every visit, and the one nearest the question's words is only one of them.
/// Earlier visits are other times, not sources that differ, unless a text itself says its time was the first (or last).
/// </summary>
public static class OccurrenceOrder
{
    /// <summary>How near the best score a candidate must come to be one of the times weighed.</summary>
    const double Weighed = 0.4;

    /// <summary>Of the spans dating the event best (by <paramref name="fit"/>), the earliest or the latest; null when none is dated.</summary>
    public static AnswerSpan? Extreme(Question q, IEnumerable<AnswerSpan> spans, Func<AnswerSpan, double> fit)
    {
        var dated = spans.Where(s => s.Date is not null).Select(s => (Span: s, Fit: fit(s))).ToList();
        if (dated.Count < 2) return null;
        var top = dated.Max(x => x.Fit);
        var same = dated.Where(x => x.Fit >= top).Select(x => x.Span);
        return q.Occurrence == Occurrence.First ? same.MinBy(s => s.Date!.Value.Start) : same.MaxBy(s => (s.DateEnd ?? s.Date)!.Value.End);
    }

    /// <summary>The candidates with the one of the asked time first, when the question asks a first or last time of a dated event.</summary>
    public static List<Candidate> Ranked(Question q, List<Candidate> ranked)
    {
        if (q.Occurrence == Occurrence.Any || ranked.Count < 2 || !q.AnswerTypes.Any(t => t is AnswerType.Date or AnswerType.Year)) return ranked;
        var best = ranked[0];
        var times = ranked.Where(a => a.Score >= best.Score * Weighed && a.Focus.OfAskedEvent && a.Focus.Covers(best.Focus)
            && a.Spans.Count > 0 && a.Spans[0].Date is not null && !a.Spans[0].ReportDate).ToList();
        if (times.Count < 2) return ranked;
        // A text that says the time was the first ("the first visit of a Bulgarian head of state") is surer than the order of dates.
        var stating = times.Where(a => Says(q, a.Window.Window.Sentence)).ToList();
        var pool = stating.Count > 0 ? stating : times;
        var lead = q.Occurrence == Occurrence.First ? pool.MinBy(a => a.Spans[0].Date!.Value.Start)! : pool.MaxBy(a => (a.Spans[0].DateEnd ?? a.Spans[0].Date)!.Value.End)!;
        if (lead == best) return ranked;
        var reordered = new List<Candidate>(ranked.Count) { lead };
        reordered.AddRange(ranked.Where(a => a != lead));
        return reordered;
    }

    /// <summary>The sentence itself says its time is the asked one: the first ("Первый визит", "алғашқы сапары"), or the last.</summary>
    public static bool Says(Question q, string sentence) => q.Occurrence switch
    {
        Occurrence.First => OrdinalMentions.Read(sentence).Ordinals.Any(m => m.Value == 1),
        Occurrence.Last => QuestionOccurrence.Default.SaysLast(sentence),
        _ => false,
    };
}
