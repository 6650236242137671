using System.Text.Json.Serialization;
using Bot.Answering.Lexicon;
using Bot.Answering.Spans;
using Bot.Answering.Understanding;
using Bot.Knowledge.Metrics;
using Bot.Knowledge.Text;

namespace Bot.Answering.Reading;

/// <summary>
/// "According to the older count", "по-ранни данни", "бұрынғы дерек бойынша" — or "how many … operate now": the sources
/// count one thing at several times ("several years ago over 55 firms …", "currently about 60"), and a question asking no
/// period wants the earliest count or, by default, the latest (Reading/count-times.json). A count's time is the one its
/// text gives it: a period stated for it, a chronology item's year, else its document's date — earlier than that where
/// its sentence says so before it ("Roughly a decade ago: … 35 firms", "бірнеше жыл бұрын … 35 фирма тіркелген еді").
/// Counts of other times are other figures, not sources that differ.
/// </summary>
public sealed class CountTimes
{
    public enum Asked { Any, Earlier, Latest }

    sealed record PhraseFile(
        List<string> Standing,
        [property: JsonPropertyName("earlier_asked")] Dictionary<string, List<string>> EarlierAsked,
        [property: JsonPropertyName("latest_asked")] Dictionary<string, List<string>> LatestAsked,
        [property: JsonPropertyName("earlier_stated")] Dictionary<string, List<string>> EarlierStated,
        [property: JsonPropertyName("now_stated")] Dictionary<string, List<string>> NowStated);

    public static CountTimes Default { get; } = new(EmbeddedJson.Load<PhraseFile>("count-times.json"));

    readonly HashSet<string> _standing;
    readonly List<string[]> _earlierAsked;
    readonly List<string[]> _latestAsked;
    readonly List<string[]> _earlierStated;
    readonly List<string[]> _nowStated;

    CountTimes(PhraseFile file)
    {
        _standing = file.Standing.ToHashSet(StringComparer.Ordinal);
        _earlierAsked = Phrases(file.EarlierAsked);
        _latestAsked = Phrases(file.LatestAsked);
        _earlierStated = Phrases(file.EarlierStated);
        _nowStated = Phrases(file.NowStated);
    }

    static List<string[]> Phrases(Dictionary<string, List<string>> byLanguage) =>
        byLanguage.Values.SelectMany(v => v).Select(p => Tokenizer.Words(TextNormalizer.Fold(p)).ToArray()).Where(p => p.Length > 0).ToList();

    // A count stated as of a time before its text ("several years ago") is this much of a year older than the text.
    const double Before = 0.5;

    // How near the best score a candidate must come to be one of the counts weighed.
    const double Weighed = 0.4;

    /// <summary>Which count a question asks: none for a question of a stated period, which its own condition reads.</summary>
    public Asked Of(Question q)
    {
        if (!q.Wants(AnswerType.Count) || q.Periods.Count > 0 || q.Date is not null) return Asked.Any;
        var words = Tokenizer.Words(TextNormalizer.Fold(q.Text)).ToList();
        // "Currently, by the earlier report's count…" is rare; a word for now wins over one for before.
        if (_latestAsked.Any(p => WordPhrase.Anywhere(words, p))) return Asked.Latest;
        if (_earlierAsked.Any(p => WordPhrase.Anywhere(words, p))) return Asked.Earlier;
        // "How many documents were signed during the visit": each visit's count is its own, not a newer one of the same thing.
        return q.Metric is { } metric && MetricCatalog.Default.FamilyOf(metric) is { } family && _standing.Contains(family.Name) ? Asked.Latest : Asked.Any;
    }

    /// <summary>The time a candidate's count is of, in years (fractional for "before the text"), or null when nothing dates it.</summary>
    public double? TimeOf(Candidate c)
    {
        if (c.Spans.Count == 0 || c.Spans[0] is not { Type: AnswerType.Count } span) return null;
        var w = c.Window.Window;
        var sentence = w.Sentence;
        if (span.End <= sentence.Length && sentence.AsSpan(span.Start, span.Length).SequenceEqual(span.Text)
            && TimeCheck.PeriodOf(sentence, span, w.Published) is { } p && p.EndYear > 0) return p.EndYear;
        if (TimeCheck.ItemYear(w) is { } item) return item;
        if (w.Published is not { } published) return null;
        return published.Year - (StatedEarlier(sentence, span) ? Before : 0);
    }

    /// <summary>
    /// The nearest word of time before the count (after it, when none stands before) says it is of an earlier time than the
    /// text: "Currently about 60 …, while several years ago over 55" dates the 55, not the 60.
    /// </summary>
    bool StatedEarlier(string sentence, AnswerSpan span)
    {
        var start = Math.Clamp(span.Start, 0, sentence.Length);
        var before = Tokenizer.Words(TextNormalizer.Fold(sentence[..start])).ToList();
        var after = Tokenizer.Words(TextNormalizer.Fold(sentence[Math.Min(sentence.Length, span.End)..])).ToList();
        if (Nearest(before, last: true) is { } said) return said;
        return Nearest(after, last: false) ?? false;
    }

    /// <summary>Whether the nearest time word says earlier (true) or now (false); null when there is none.</summary>
    bool? Nearest(List<string> words, bool last)
    {
        var order = last ? Enumerable.Range(0, words.Count).Reverse() : Enumerable.Range(0, words.Count);
        foreach (var i in order)
        {
            if (_earlierStated.Any(p => WordPhrase.At(words, i, p))) return true;
            if (_nowStated.Any(p => WordPhrase.At(words, i, p))) return false;
        }
        return null;
    }

    /// <summary>The candidates with the count of the asked time first, when the sources count the asked thing at several times.</summary>
    public List<Candidate> Ranked(Question q, List<Candidate> ranked)
    {
        if (ranked.Count < 2 || Of(q) is var asked && asked == Asked.Any) return ranked;
        var best = ranked[0];
        var timed = ranked.Where(a => a.Score >= best.Score * Weighed && a.Focus.Covers(best.Focus))
            .Select(a => (Candidate: a, Time: TimeOf(a))).Where(x => x.Time is not null).ToList();
        if (timed.Count < 2 || timed.Select(x => x.Time).Distinct().Count() < 2) return ranked;
        // Ties keep the reader's order: the first of the earliest (or latest) leads.
        var lead = asked == Asked.Earlier ? timed.MinBy(x => x.Time)!.Candidate : timed.OrderByDescending(x => x.Time).First().Candidate;
        if (lead == best) return ranked;
        var reordered = new List<Candidate>(ranked.Count) { lead };
        reordered.AddRange(ranked.Where(a => a != lead));
        return reordered;
    }

    /// <summary>The question asks one time's count and both are dated, at different times: one is no other source's value of the other.</summary>
    public bool OfOtherTimes(Question q, Candidate a, Candidate b) => Of(q) != Asked.Any && TimeOf(a) is { } x && TimeOf(b) is { } y && x != y;
}
