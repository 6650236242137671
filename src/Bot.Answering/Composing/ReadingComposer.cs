using Bot.Answering.Conversation;
using System.Globalization;
using System.Text;
using Bot.Answering.Localization;
using Bot.Answering.Reading;
using Bot.Answering.Spans;
using Bot.Answering.Understanding;

namespace Bot.Answering.Composing;

/// <summary>
/// Turns a reading into the answer a user sees: the answer first (the spans of the asked types, with the source's
/// number), then the sentence that says it, quoted with its source. Sources that give another value are shown beside it.
/// </summary>
public static class ReadingComposer
{
    const int MaxQuotes = 2;

    // Another source's reading is shown next to the best one when it is nearly as good.
    const double Alongside = FocusRanking.Contending;

    public static Answer Compose(Question q, Reading.Reading reading)
    {
        var best = reading.Answers[0];
        var book = new CitationBook();
        var text = new StringBuilder();
        if (best.Spans.Count == 0) return Quotes(q, reading, book);
        if (MetPeople.Asks(q)) return Met(q, reading, book);
        best = ExactDay(reading, best);
        var others = reading.Answers.Where(a => !ReferenceEquals(a, best))
            .Where(a => a.Score >= best.Score * (DatesDiffer(best, a) ? DatesAlongside : Alongside) && a.Window.Window.Source.DocumentId != best.Window.Window.Source.DocumentId && a.Spans.Count > 0)
            .Where(a => !SpanText.Same(a.Spans[0], best.Spans[0]))
            // "2020" beside "28 October 2020" says the same: only a date that cannot be the best one's differs.
            .Where(a => !DatesAgree(best, a))
            // Only an answer to the same thing differs: a date of another event, a person of another meeting or post is no rival.
            .Where(a => a.Focus.Covers(best.Focus))
            // Nor a value stated for another period: eleven months of the year do not differ from the whole year, they are another figure.
            .Where(a => SamePeriod(q, best, a))
            // The sub-row the question asks for ("of which for leisure") is not contradicted by a total stated elsewhere.
            .Where(a => !best.Spans[0].AskedPart || a.Spans[0].AskedPart)
            // "When did he last visit": an earlier visit is another time, not another source's date of this one — unless its text too
            // says its time was the asked one ("the first visit …" in both: they differ).
            .Where(a => q.Occurrence == Occurrence.Any || !DatesDiffer(best, a) || OccurrenceOrder.Says(q, a.Window.Window.Sentence))
            .DistinctBy(a => a.Spans[0].Text).Take(2).ToList();
        var marker = book.Mark(best.Window.Window.Source);
        if (others.Count == 0 && best.Rivals.Count == 0) text.AppendLine(CultureInfo.InvariantCulture, $"{Lead(best, q.Lang)} {marker}");
        else
        {
            text.AppendLine(Texts.Get(q.Lang, "sources_differ"));
            text.AppendLine(CultureInfo.InvariantCulture, $"• {Lead(best, q.Lang)} {marker}");
            // The sentence itself says its sources differ: its other value, under the same citation.
            foreach (var rival in best.Rivals) text.AppendLine(CultureInfo.InvariantCulture, $"• {SpanText.Render(rival, q.Lang)} {marker}");
            foreach (var other in others) text.AppendLine(CultureInfo.InvariantCulture, $"• {Lead(other, q.Lang)} {book.Mark(other.Window.Window.Source)}");
        }
        text.AppendLine(Texts.Get(q.Lang, "evidence"));
        foreach (var candidate in others.Prepend(best))
            foreach (var sentence in candidate.Quoted)
                text.AppendLine(QuoteText.Render(SpanClause.Of(q, candidate, sentence), q.Lang, book.Mark(candidate.Window.Window.Source)));
        return new Answer(text.ToString().TrimEnd(), q.Lang, Answer.Offline, book.Citations, AnswerKind.Passage, q) { Focus = Focus(others.Prepend(best)) };
    }

    // A source that dates the asked event in another year is shown though it reads less well than the best (a register's
    // "July 1993" beside a report's "23–31 July 1994"): picking one of two dates silently is worse than saying they differ.
    const double DatesAlongside = 0.6;

    /// <summary>Both date the asked event, each with a date its text states, in years that do not meet.</summary>
    static bool DatesDiffer(Candidate best, Candidate other)
    {
        if (other.Spans.Count == 0 || !best.Focus.OfAskedEvent || !other.Focus.OfAskedEvent) return false;
        var (a, b) = (best.Spans[0], other.Spans[0]);
        if (a.Date is not { } from || b.Date is not { } to || b.Relative || b.ReportDate || a.ReportDate) return false;
        var (aEnd, bEnd) = ((a.DateEnd ?? from).Year, (b.DateEnd ?? to).Year);
        if (bEnd < from.Year || to.Year > aEnd) return true;
        // "28 October 2020" and "November 2020": the same year, but not the same month.
        return a.DateEnd is null && b.DateEnd is null && from.Month is { } m && to.Month is { } n && m != n;
    }

    /// <summary>
    /// "May 2023" in a chronology and "24 May 2023" in the post of the day after agree: the exact day answers, when a source
    /// nearly as good dates the same asked event on a day within the best one's month or year. Dates that disagree stay
    /// the best one's and are shown beside it (<see cref="DatesDiffer"/>).
    /// </summary>
    static Candidate ExactDay(Reading.Reading reading, Candidate best)
    {
        if (best.Spans is not [{ Date: { Day: null } date, DateEnd: null, ReportDate: false }, ..]) return best;
        foreach (var other in reading.Answers)
            if (other.Score >= best.Score * DatesAlongside && other.Focus.Covers(best.Focus)
                && other.Spans is [{ Date: { Day: not null } day, DateEnd: null, ReportDate: false }, ..] && Within(day, date))
                return other;
        return best;
    }

    /// <summary>Both give one date, and one lies within the other ("2020" and "28 October 2020"): the other says nothing new.</summary>
    static bool DatesAgree(Candidate best, Candidate other) =>
        other.Spans is [{ Date: { } b, DateEnd: null }, ..] && best.Spans is [{ Date: { } a, DateEnd: null }, ..] && (Within(a, b) || Within(b, a));

    static bool Within(Knowledge.Model.PartialDate inner, Knowledge.Model.PartialDate outer) =>
        inner.Year == outer.Year && (outer.Month is null || inner.Month == outer.Month) && (outer.Day is null || inner.Day == outer.Day);

    static bool SamePeriod(Question q, Candidate best, Candidate other)
    {
        if (!best.Spans[0].Type.IsNumber()) return true;
        // "Several years ago over 55 …" and "currently about 60": counts of two times are two figures.
        if (CountTimes.Default.OfOtherTimes(q, best, other)) return false;
        if (PeriodOf(best) is not { } a || PeriodOf(other) is not { } b) return true;
        return a == b;
    }

    static Knowledge.Model.Period? PeriodOf(Candidate c)
    {
        var span = c.Spans[0];
        var sentence = c.Window.Window.Sentence;
        if (span.End > sentence.Length || !sentence.AsSpan(span.Start, span.Length).SequenceEqual(span.Text)) return null;
        return TimeCheck.PeriodOf(sentence, span, c.Window.Window.Published);
    }

    static AnswerFocus Focus(IEnumerable<Candidate> shown)
    {
        var list = shown.ToList();
        return new([], list.Select(c => c.Window.Window.Source.DocumentId).Distinct().ToList(),
            list.SelectMany(c => c.Spans).Where(s => s.Type == AnswerType.Person).Select(s => s.Text).Distinct().ToList())
        {
            Quoted = list.SelectMany(c => c.Quoted).Distinct().ToList(),
            Named = list.Take(1).SelectMany(c => c.Spans).Where(s => s.Type is AnswerType.Place or AnswerType.Organisation or AnswerType.Name)
                .Select(s => new AnsweredName(s.Type.ToString(), s.Text)).ToList(),
            Date = list.Count > 0 && list[0].Spans is [{ Type: AnswerType.Date, Date: { Month: { } month, Day: { } day } date }, ..] ? new DateOnly(date.Year, month, day) : null,
        };
    }

    static string Lead(Candidate c, string lang) => string.Join("; ", c.Spans.Select(s => SpanText.Render(s, lang)));

    // Sentences naming people the visitor met, each at least this share of the best one's score, are read together.
    const double MetAlongside = 0.6;
    const int MaxMetSentences = 3;

    /// <summary>"Whom did she meet": everyone the sentences about her meetings name, each once, then those sentences.</summary>
    static Answer Met(Question q, Reading.Reading reading, CitationBook book)
    {
        var best = reading.Answers[0];
        var chosen = reading.Answers.Where(a => a.Score >= best.Score * MetAlongside && a.Spans.Any(s => s.Type == AnswerType.Person))
            .DistinctBy(a => a.Window.Window.Sentence).Take(MaxMetSentences).ToList();
        var people = new List<(AnswerSpan Span, Candidate From)>();
        foreach (var c in chosen)
            foreach (var s in c.Spans.Where(s => s.Type == AnswerType.Person))
                if (!people.Any(p => SpanText.Same(p.Span, s) || p.Span.EntityId is { } id && id == s.EntityId)) people.Add((s, c));
        var text = new StringBuilder();
        foreach (var (span, from) in people)
            text.AppendLine(CultureInfo.InvariantCulture, $"• {SpanText.Render(span, q.Lang)} {book.Mark(from.Window.Window.Source)}");
        text.AppendLine(Texts.Get(q.Lang, "evidence"));
        var quoted = new HashSet<string>(StringComparer.Ordinal);
        foreach (var c in chosen)
            foreach (var sentence in c.Quoted.Where(quoted.Add))
                text.AppendLine(QuoteText.Render(sentence, q.Lang, book.Mark(c.Window.Window.Source)));
        return new Answer(text.ToString().TrimEnd(), q.Lang, Answer.Offline, book.Citations, AnswerKind.Passage, q) { Focus = Focus(chosen) };
    }

    /// <summary>
    /// "When will the memorandum be signed?" read as the plan's own sentences: when none of those quoted states a date, the
    /// answer says no source gives one, then quotes them; null when one does (the plan's sentences answer as they are).
    /// </summary>
    public static Answer? UndatedPlan(Question q, Reading.Reading reading)
    {
        if (!reading.Found || !q.AnswerTypes.Any(t => t is AnswerType.Date or AnswerType.Year)) return null;
        // The sentence after the plan's may give its day ("It is to be signed on 15 October"); another numbered point of a
        // notice or a digest is another item's.
        var told = Chosen(reading).SelectMany(c => c.Quoted.Prepend(c.Window.Window.Sentence)
            .Concat(c.Window.Window.After is { } after && !ListContinuation.IsItem(after) ? [after] : []));
        if (told.Any(s => DateSpans.Find(s, AnswerType.Date, null).Any())) return null;
        // The plan's own sentences and the one telling what became of it, not another numbered point (another field's memorandum, with its day).
        var answer = Quotes(q, reading, new CitationBook(), "planned_undated", itemsContinue: false);
        return answer with { Kind = AnswerKind.NotFound };
    }

    static List<Candidate> Chosen(Reading.Reading reading) =>
        reading.Answers.Where(a => a.Score >= reading.Answers[0].Score * 0.95).Take(MaxQuotes).ToList();

    /// <summary>A list or a description: the sentences that say it are the answer.</summary>
    static Answer Quotes(Question q, Reading.Reading reading, CitationBook book, string header = "from_sources", bool itemsContinue = true)
    {
        var chosen = Chosen(reading);
        var text = new StringBuilder(Texts.Get(q.Lang, header)).Append('\n');
        foreach (var candidate in chosen.DistinctBy(c => c.Window.Window.Sentence))
        {
            foreach (var sentence in candidate.Quoted)
                text.AppendLine(QuoteText.Render(sentence, q.Lang, book.Mark(candidate.Window.Window.Source)));
            // "What was done with the text of the agreement": the sentence naming it, then the one telling what became of it.
            if (q.AboutAgreements && StepContinuation.Of(candidate.Window.Window) is { } step && !candidate.Quoted.Contains(step)
                && (itemsContinue || !ListContinuation.IsItem(step))
                && !chosen.Exists(c => c.Window.Window.Sentence == step))
                text.AppendLine(QuoteText.Render(step, q.Lang, book.Mark(candidate.Window.Window.Source)));
            // "What did Tokayev propose, and has it been created?": the proposal, then "Such a group has not yet been formed."
            else if (OutcomeContinuation.Default.Of(candidate.Window.Window) is { } outcome && !candidate.Quoted.Contains(outcome)
                && !chosen.Exists(c => c.Window.Window.Sentence == outcome))
                text.AppendLine(QuoteText.Render(outcome, q.Lang, book.Mark(candidate.Window.Window.Source)));
        }
        return new Answer(text.ToString().TrimEnd(), q.Lang, Answer.Offline, book.Citations, AnswerKind.Passage, q) { Focus = Focus(chosen) };
    }

    /// <summary>No evidence answers: say so, then what the sources do say nearby, framed so it cannot be read as the answer.</summary>
    public static Answer Refuse(Question q, Reading.Reading reading)
    {
        var book = new CitationBook();
        var text = new StringBuilder(Texts.Get(q.Lang, "not_found"));
        // "The sources speak of it, but for another session / another post / a visit the other way": what is missing.
        if (reading.Unmet.Count > 0)
            text.Append('\n').Append(Texts.Get(q.Lang, "unmet_conditions", string.Join(", ", reading.Unmet.Select(n => Texts.Get(q.Lang, "condition_" + n)))));
        var related = reading.Related.Take(reading.RelatedHeader is null ? MaxQuotes : Math.Min(MaxQuotes, reading.Explained)).ToList();
        if (related.Count > 0)
        {
            text.Append('\n').Append(Texts.Get(q.Lang, reading.RelatedHeader ?? "related_header"));
            foreach (var w in related) text.Append('\n').Append(QuoteText.Render(w.Window.Sentence, q.Lang, book.Mark(w.Window.Source)));
        }
        return new Answer(text.ToString(), q.Lang, Answer.Offline, book.Citations, AnswerKind.NotFound, q);
    }
}
