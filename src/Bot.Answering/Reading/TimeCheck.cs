using System.Runtime.CompilerServices;
using Bot.Answering.Evidence;
using Bot.Answering.Spans;
using Bot.Answering.Understanding;
using Bot.Knowledge.Extraction;
using Bot.Knowledge.Model;
using Bot.Knowledge.Text;

namespace Bot.Answering.Reading;

/// <summary>
/// A question about a year holds only for evidence about that year: the years the sentence states (relative words
/// resolved against the document's date), else the last one its paragraph stated before it, else the document's own date.
/// Another year is not an answer: "When did Radev visit in 2023?" is not answered by his 2025 visit.
/// </summary>
public static partial class TimeCheck
{
    public static bool Holds(Question q, EvidenceWindow w)
    {
        var asked = AskedYears(q);
        if (asked.Count == 0) return true;
        var (stated, level) = YearsOf(w);
        if (stated.Any(s => asked.Any(a => s.From <= a.To && a.From <= s.To))) return true;
        // "Сертификаты получили 27 слушателей — в прошлом году их было 19": the year a later clause states is that clause's;
        // the opening clause, stating a number and no time, is of the time its context gives. Which number holds is the span's check.
        if (level == TimeLevel.Sentence && OpensUndated(w) && InheritedYears(w).Any(s => asked.Any(a => s.From <= a.To && a.From <= s.To))) return true;
        // "When, according to the October 2019 report, …": a date question's period may be the report's; the answer
        // then leads with the date the evidence states, so no other year can pass for the one asked.
        return AsksDate(q) && w.Published is { } published && asked.Any(a => a.From <= published.Year && published.Year <= a.To);
    }

    /// <summary>
    /// A question about some months of a year ("в ноябре 2017", "for the first eight months of 2023", a day) holds only for
    /// a sentence (or, when it dates nothing, its paragraph) that dates what it tells of by no other months: "АСТАНА, 21
    /// октября … консультации" is not the November round. Years alone are left to <see cref="Holds(Question, EvidenceWindow)"/>.
    /// </summary>
    public static bool MonthsHold(Question q, EvidenceWindow w)
    {
        var asked = q.Periods.Where(p => p.StartYear != Question.AnyYear && p.StartYear == p.EndYear && !p.IsWholeYear).ToList();
        if (q.Date is { } d) asked.Add(Period.Months(d.Year, d.Month, d.Month));
        if (asked.Count == 0) return true;
        // A sentence dating nothing is of the months its paragraph last stated ("АСТАНА, 21 октября. … Делегацию возглавил …").
        var (periods, level) = PeriodsOf(w);
        if (level == TimeLevel.Document) return true;
        // Months of another year are another year's matter: "the school, opened in October 2003, marked its 20th year" in September 2023.
        var stated = periods.Where(p => p.StartYear == p.EndYear && !p.IsWholeYear && asked.Any(a => a.StartYear == p.StartYear)).ToList();
        return stated.Count == 0 || stated.Any(s => asked.Any(a => Months(s.StartYear, s.StartMonth) <= Months(a.EndYear, a.EndMonth)
            && Months(a.StartYear, a.StartMonth) <= Months(s.EndYear, s.EndMonth)));
    }

    static int Months(int year, int month) => year * 12 + month;

    /// <summary>The sentence's first clause states a number in figures and no time; every period it states stands in a later clause.</summary>
    static bool OpensUndated(EvidenceWindow w)
    {
        var found = Times(w).SentenceFound.Value.Found;
        var firstBreak = w.Sentence.AsSpan().IndexOfAny(Clauses.Marks);
        if (found.Count == 0 || firstBreak <= 0 || found.Any(f => f.Index < firstBreak)) return false;
        return w.Sentence.AsSpan(0, firstBreak).IndexOfAnyInRange('0', '9') >= 0;
    }

    /// <summary>The years a sentence stating none would be of: the last its paragraph stated before it, else the document's date.</summary>
    static IEnumerable<(int From, int To)> InheritedYears(EvidenceWindow w)
    {
        if (Times(w).PrecedingFound.Value.Where(f => !f.IsComparison && f.Period.StartYear > 0).LastOrDefault() is { } before)
            return [(before.Period.StartYear, before.Period.EndYear)];
        return w.Published is { } p ? [(p.Year, p.Year)] : [];
    }

    /// <summary>
    /// A number holds for the period asked when the period it is stated for does: the one right after it ("$95.2 million in
    /// 2023"), else the last the sentence names before it that is no comparison ("за первый квартал 2025 года … 66,6 млн —
    /// почти вдвое больше, чем за тот же период прошлого года" is a 2025 figure), else one after it in its clause. A number
    /// the sentence dates no way holds as its window does. A figure asked for part of a year (a quarter, some months) is
    /// answered only by a number stated for those very months ("in June 2022" may only say when a count was made).
    /// </summary>
    /// <param name="reference">The period the text before the sentence was about (<see cref="ReferenceOf"/>), for years it counts from it.</param>
    public static bool SpanHolds(Question q, string sentence, AnswerSpan span, PartialDate? published, Period? reference = null)
    {
        // "For the first nine months of 2024": the nine counts months of the period, it is no value of anything.
        // (A "how long" question asks that very count: "for five years".)
        if (q.CountsIn.Count == 0 && PeriodFinder.Find(sentence, published).Any(f => f.Index <= span.Start && span.End <= f.End)) return false;
        // "To bring trade to $1 billion by 2030": a target is not what 2030 came to, nor what a year did.
        if (!OutlookCheck.Holds(q, sentence, span)) return false;
        var asked = AskedYears(q);
        if (asked.Count == 0 || PeriodOfSpan(sentence, span, published, reference) is not { } p) return true;
        // "In 2024", "in the whole of 2024": a figure for some of its months (eight months, a quarter, "so far this year") is
        // not the year's — asked for a series' year, a part-year value quoted as the answer is a wrong number.
        if ((AsksWholeYear(q) || q.Metric is not null || q.Wants(AnswerType.Amount)) && !p.IsWholeYear && q.Periods.Any(a => a.IsWholeYear && a.StartYear == p.StartYear)) return false;
        // "In the first quarter": a figure for four months, or for the whole year, is not the quarter's; "in October": a
        // figure for January–November holds October's and others', it is not October's.
        var parts = q.Metric is null ? [] : q.Periods.Where(a => a.StartYear != Question.AnyYear && a.StartYear == a.EndYear && !a.IsWholeYear && a.MonthCount >= 1).ToList();
        if (parts.Count > 0 && !parts.Any(a => a.StartMonth == p.StartMonth && a.EndMonth == p.EndMonth && p.StartYear <= a.EndYear && a.StartYear <= p.EndYear)) return false;
        return WithAnniversary(sentence, [p], published).Any(x => asked.Any(a => x.StartYear <= a.To && a.From <= x.EndYear));
    }

    /// <summary>The question says it asks for a whole year ("for the full year", "за весь год", "толық жыл бойынша").</summary>
    static bool AsksWholeYear(Question q) => Tokenizer.Words(TextNormalizer.Fold(q.Text)).Any(AnswerTypeCues.Default.WholeYear.Contains);

    // "$95.2 million in 2023": at most this many words between a number and the period that is its own.
    const int AfterReach = 3;

    /// <summary>The period a number of the sentence is stated for ("$95.2 million in 2023"), if the sentence dates it.</summary>
    public static Period? PeriodOf(string sentence, AnswerSpan span, PartialDate? published) => PeriodOfSpan(sentence, span, published);

    static Period? PeriodOfSpan(string sentence, AnswerSpan span, PartialDate? published, Period? reference = null)
    {
        var periods = PeriodFinder.Find(sentence, published, reference: reference).Where(p => p.Period.StartYear > 0 && (p.End <= span.Start || p.Index >= span.End)).ToList();
        var after = periods.FirstOrDefault(p => p.Index >= span.End && !p.IsComparison);
        if (after is not null && Tokenizer.Words(sentence[span.End..after.Index]).Count() <= AfterReach && !Clauses.BreakBetween(sentence, span.End, after.Index))
            return after.Period;
        if (periods.LastOrDefault(p => p.End <= span.Start && !p.IsComparison) is { } before) return before.Period;
        return after is not null && !Clauses.BreakBetween(sentence, span.End, after.Index) ? after.Period : null;
    }

    static bool AsksDate(Question q) => q.AnswerTypes.Count > 0 && q.AnswerTypes.All(t => t is AnswerType.Date or AnswerType.Year);

    /// <summary>A sentence beside the evidence that states a year of its own must state one asked; one that states none inherits.</summary>
    public static bool Holds(Question q, string sentence, PartialDate? published)
    {
        var asked = AskedYears(q);
        if (asked.Count == 0) return true;
        // "В октябре того года …": its year is one the text before it named, which a neighbour read alone cannot tell.
        if (PeriodFinder.Find(sentence, published, out var countsFromBefore) is var found && (countsFromBefore || SaysThatYear(sentence))) return false;
        var stated = Periods(found).Select(p => (p.StartYear, p.EndYear)).ToList();
        return stated.Count == 0 || stated.Any(s => asked.Any(a => s.StartYear <= a.To && a.From <= s.EndYear));
    }

    /// <summary>The years a window is about, and where they come from: the sentence, what precedes it, or the document's date.</summary>
    public static (List<(int From, int To)> Years, TimeLevel Level) YearsOf(EvidenceWindow w)
    {
        var (periods, level) = PeriodsOf(w);
        return (periods.Select(p => (p.StartYear, p.EndYear)).ToList(), level);
    }

    /// <summary>The periods a window is about, resolved ("за десять месяцев прошлого года" → January–October of the year before).</summary>
    public static (IReadOnlyList<Period> Periods, TimeLevel Level) PeriodsOf(EvidenceWindow w) => Times(w).About.Value;

    static (IReadOnlyList<Period> Periods, TimeLevel Level) ReadPeriodsOf(EvidenceWindow w, WindowTimes times)
    {
        // "## 2021" then "- 7 December: …": a day and month under a year heading are of that year, not the page's.
        var reference = times.Reference.Value ?? (w.DayYear is { } year ? Period.Year(year) : null);
        IReadOnlyList<PeriodFinder.Found> found = reference is { } r
            ? PeriodFinder.Find(w.Sentence, w.Published, reference: r) : times.SentenceFound.Value.Found;
        var stated = Periods(found);
        if (stated.Count > 0) return (WithAnniversary(w.Sentence, stated, w.Published), TimeLevel.Sentence);
        // "Over the first eight months of this year" in a document that says nowhere when it was written: the sentence is of
        // a time nobody can name, not of the year its paragraph named before it.
        if (found.Any(f => f.Period.StartYear == 0 && !f.IsNow)) return ([], TimeLevel.Sentence);
        // "…$66.6 million in the first quarter, almost double the figure for the same period of 2024. Shipments of propane …
        // showed the strongest growth": the sentence goes on about the period its predecessor is about, not the one compared with.
        if (times.PrecedingPeriods.Value is { Count: > 0 } earlier)
            return ([Periods(times.PrecedingFound.Value.Where(f => !f.IsComparison).ToList()) is { Count: > 0 } own ? own[^1] : earlier[^1]], TimeLevel.Paragraph);
        // "Q1 2025 at a glance" above "Bulgarian supplies: pharmaceuticals, …": a slide's line is of the period its heading names.
        if (w.Heading is { } heading && Periods(PeriodFinder.Find(heading, w.Published).Where(f => !f.IsComparison)) is { Count: > 0 } headed)
            return (headed, TimeLevel.Paragraph);
        return (w.Published is { } p ? [p.Month is { } m ? Period.Months(p.Year, m, m) : Period.Year(p.Year)] : [], TimeLevel.Document);
    }

    /// <summary>
    /// "2012 ж. — 3 мамырда …", "2012: 3 May — …": a chronology's item that opens with its own year is of that year, not of
    /// the item or heading before it. Only a year at the very start marks the item: "On 5 May … the 2030 plan" is of no 2030.
    /// </summary>
    public static int? ItemYear(EvidenceWindow w) =>
        Times(w).SentenceFound.Value.Found.Where(f => f.Index <= ItemMarkerAt && !f.IsComparison && !f.IsAnaphoric && !f.IsFromDocumentDate
            && f.Period.IsWholeYear && f.Period.StartYear == f.Period.EndYear && f.Period.StartYear > 0).Select(f => f.Period.StartYear).FirstOrDefault() is var y and > 0 ? y : null;

    /// <summary>How far into a sentence an item's year may stand: after a bullet or a number at most.</summary>
    const int ItemMarkerAt = 4;

    /// <summary>The one year the sentence's paragraph last stated before it ("Прошлый год запомнился…" → 2018), if it stated one.</summary>
    public static int? ParagraphYear(EvidenceWindow w) =>
        Times(w).PrecedingPeriods.Value is { Count: > 0 } earlier && earlier[^1] is { } p && p.StartYear == p.EndYear ? p.StartYear : null;

    /// <summary>
    /// What a window's texts say of time, each read once: the evidence finder dates every window it reads, and the reader,
    /// its conditions and its spans ask again of the windows kept — each time through the period patterns, the costliest
    /// reading of a sentence. The window is the question's own, so this lives and goes with it.
    /// </summary>
    sealed class WindowTimes
    {
        // Read with no period before it: the sentence is read again with one only when it counts years from it.
        public readonly Lazy<(IReadOnlyList<PeriodFinder.Found> Found, bool CountsFromBefore)> SentenceFound;
        public readonly Lazy<Period?> Reference;
        public readonly Lazy<IReadOnlyList<PeriodFinder.Found>> PrecedingFound;
        public readonly Lazy<List<Period>> PrecedingPeriods;
        public readonly Lazy<(IReadOnlyList<Period> Periods, TimeLevel Level)> About;

        public WindowTimes(EvidenceWindow w)
        {
            SentenceFound = new(() => string.IsNullOrEmpty(w.Sentence) ? ([], false) : (PeriodFinder.Find(w.Sentence, w.Published, out var counts), counts), LazyThreadSafetyMode.PublicationOnly);
            PrecedingFound = new(() => string.IsNullOrEmpty(w.Preceding) ? [] : PeriodFinder.Find(w.Preceding, w.Published), LazyThreadSafetyMode.PublicationOnly);
            PrecedingPeriods = new(() => TimeCheck.Periods(PrecedingFound.Value), LazyThreadSafetyMode.PublicationOnly);
            Reference = new(() => ReadReferenceOf(w, this), LazyThreadSafetyMode.PublicationOnly);
            About = new(() => ReadPeriodsOf(w, this), LazyThreadSafetyMode.PublicationOnly);
        }
    }

    static readonly ConditionalWeakTable<EvidenceWindow, WindowTimes> Windows = new();

    static WindowTimes Times(EvidenceWindow w) => Windows.GetValue(w, static w => new WindowTimes(w));

    /// <summary>
    /// The year a month or day stated without one is of: the paragraph's (<see cref="ParagraphYear"/>); for a date said to
    /// be of "the same year" ("на 28 декември същата година"), the last year stated before it, in the paragraph before if need be.
    /// </summary>
    public static int? ContextYear(EvidenceWindow w)
    {
        var own = ParagraphYear(w);
        if (own is not null || !Bot.Knowledge.Extraction.CalendarWords.SameYear.IsMatch(w.Sentence)) return own;
        return Periods(w.PreviousParagraph, w.Published) is { Count: > 0 } earlier && earlier[^1] is { } p && p.StartYear == p.EndYear ? p.StartYear : null;
    }

    /// <summary>
    /// "It is thirty years since relations were established on 5 June 1992", in a 2022 report: the years a sentence counts
    /// from a date it states reach the report's time, which the sentence is about as well.
    /// </summary>
    static List<Period> WithAnniversary(string sentence, List<Period> stated, PartialDate? published)
    {
        if (published is not { } p || stated.Count == 0) return stated;
        var counts = Bot.Knowledge.Extraction.Events.EventWords.YearCounts(sentence).ToList();
        if (counts.Count == 0) return stated;
        var reached = stated.SelectMany(x => counts.Select(n => x.StartYear + n)).Where(y => Math.Abs(y - p.Year) <= 1).Distinct().Select(Period.Year).ToList();
        return reached.Count == 0 ? stated : [.. stated, .. reached];
    }

    static List<Period> Periods(string? text, PartialDate? published, Period? reference = null) =>
        string.IsNullOrEmpty(text) ? [] : Periods(PeriodFinder.Find(text, published, reference: reference));

    static List<Period> Periods(IEnumerable<PeriodFinder.Found> found) => found.Select(f => f.Period).Where(p => p.StartYear > 0).ToList();

    /// <summary>
    /// The period the text before the sentence was last about, for a sentence that counts years from it ("1970 жылғы санақ
    /// … Тоғыз жылдан кейінгі санақта": 1979); null for a sentence that counts none, which needs none.
    /// </summary>
    public static Period? ReferenceOf(EvidenceWindow w) => Times(w).Reference.Value;

    static Period? ReadReferenceOf(EvidenceWindow w, WindowTimes times)
    {
        if (!times.SentenceFound.Value.CountsFromBefore && !SaysThatYear(w.Sentence)) return null;
        if (times.PrecedingFound.Value.LastOrDefault(IsReference) is { } own) return own.Period;
        if (!string.IsNullOrEmpty(w.PreviousParagraph) && PeriodFinder.Find(w.PreviousParagraph, w.Published).LastOrDefault(IsReference) is { } last)
            return last.Period;
        // "Идея обсуждается с 2023 года. В мае того года посол посетил Пловдив": a year the text names as a start is no
        // figure's period, but it is the year "that year" points back to.
        return (WrittenYear(w.Preceding) ?? WrittenYear(w.PreviousParagraph)) is { } year ? Period.Year(year) : null;
    }

    /// <summary>"В мае того года", "later that year": the sentence's year is the one the text before it named.</summary>
    static bool SaysThatYear(string sentence) => Bot.Knowledge.Extraction.CalendarWords.SameYear.IsMatch(sentence);

    /// <summary>The last year a text writes out in figures ("2018", not "18" nor a longer number), or null.</summary>
    public static int? WrittenYear(string? text) =>
        string.IsNullOrEmpty(text) ? null : YearWritten().Matches(text).LastOrDefault() is { } m ? int.Parse(m.Value, System.Globalization.CultureInfo.InvariantCulture) : null;

    [System.Text.RegularExpressions.GeneratedRegex(@"(?<!\d)(?:1[89]|20)\d\d(?!\d)")]
    private static partial System.Text.RegularExpressions.Regex YearWritten();

    static bool IsReference(PeriodFinder.Found f) => f.Period.StartYear > 0 && !f.IsComparison && !f.IsAnaphoric && !f.IsNow;

    static List<(int From, int To)> AskedYears(Question q)
    {
        var years = q.Periods.Where(p => p.StartYear != Question.AnyYear).Select(p => (p.StartYear, p.EndYear)).ToList();
        if (q.Date is { } d) years.Add((d.Year, d.Year));
        return years;
    }

    public static List<(int From, int To)> Years(string? text, PartialDate? published)
    {
        if (string.IsNullOrEmpty(text)) return [];
        return PeriodFinder.Find(text, published).Select(f => (f.Period.StartYear, f.Period.EndYear)).Where(y => y.StartYear > 0).ToList();
    }
}
