using System.Globalization;
using System.Text.RegularExpressions;
using Bot.Knowledge.Extraction.Figures;
using Bot.Knowledge.Model;
using Bot.Knowledge.Text;

namespace Bot.Knowledge.Extraction;

/// <summary>
/// Finds the periods a text names: years, first-N-months, month ranges, quarters, halves, single months, "now", and
/// relative wording. "Last year" is counted from the document's date; "the year before" and "того года" from the
/// period named before them in the text (or the <c>reference</c> a caller carries over from earlier sentences).
/// </summary>
public static class PeriodFinder
{
    public sealed record Found(int Index, Period Period, bool IsComparison)
    {
        public int Length { get; init; }

        /// <summary>Counted from the period named before it ("the year before", "того года"), not from the document's date.</summary>
        public bool IsAnaphoric { get; init; }

        /// <summary>"now", "в момента", "қазір": the document's own time.</summary>
        public bool IsNow { get; init; }

        /// <summary>
        /// Its year was counted from the document's date ("last year", a month with no year), not stated: a span with
        /// no year after it is counted from that date too, not from this period.
        /// </summary>
        public bool IsFromDocumentDate { get; init; }

        public int End => Index + Length;
    }

    /// <remarks>Counted: a number of years from the period named before ("nine years later"), and no year when none was.</remarks>
    enum YearSource { Explicit, Document, Reference, Missing, Now, Counted }

    sealed record Candidate(int Index, int Length, Func<int, Period> Make, YearSource Source, int Offset, int Month = 0)
    {
        public bool IsAnaphor { get; init; }

        /// <summary>"a year earlier" keeps the span it counts from (January–November of the year before); "the previous year" is a whole year.</summary>
        public bool KeepsSpan { get; init; }
    }

    // Interpreted: these patterns hold long word lists, and compiling them costs more memory than their gated use saves time.
    const RegexOptions Opts = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;
    static readonly PeriodWords W = PeriodWords.Default;

    // The patterns below read left to right: their cue lists are grouped by first letter (the same matches, fewer branches tried at each word).
    static string G(string cues) => Metrics.CuePattern.FirstLetterGrouped(cues);

    static readonly string YearRef =
        $@"(?<![\p{{L}}\p{{N}}])(?:(?<this>{G(W.ThisYear)})|(?<last>{G(W.LastYear)})|(?<lastlast>{G(W.YearBeforeLast)})|(?<next>{G(W.NextYear)})|(?<earlier>{G(W.AYearEarlier)})|(?<prev>{G(W.YearBefore)})|(?<same>{G(W.SameYear)})|(?<y>(?:19|20)\d{{2}})(?:\s*(?:{G(W.YearWords)})\.?)?)(?![\p{{L}}\p{{N}}])";

    // A count of months: digits, a number word (Kazakh writes eleven in two: "он бір ай"), or any word Count then reads.
    // A number word of letters alone is what \p{L}+ reads there too, to the same end (the word must end), so only those
    // written with a space or a hyphen ("он бір") are listed: tried first at every word, the 270 number words were most
    // of what reading a sentence that names months cost (the same matches, a quarter of the time).
    static readonly string N = $@"(?<n>\d{{1,2}}|{SpacedNumberWords}\p{{L}}+)";
    static string SpacedNumberWords =>
        CalendarWords.NumberWordPattern.Split('|').Where(w => !w.All(char.IsLetter)).ToList() is { Count: > 0 } spaced
            ? $@"(?:{string.Join('|', spaced)})(?![\p{{L}}])|" : "";
    static readonly string Of = $@"(?:\s+(?:(?:{G(W.YearOf)})\s+)?(?:(?:{G(W.Article)})\s+)?";
    static readonly string Month = Metrics.CuePattern.PrefixOrdered(CalendarWords.MonthPattern);

    static readonly Regex YearThenMonthCount = new($@"{YearRef}\s+(?:(?:{G(W.YearGenitive)})\s+)?(?:(?:{G(W.First)})\s+)?{N}\s+(?:{G(W.Months)})(?![\p{{L}}])", Opts);
    static readonly Regex MonthCount = new($@"(?<![\p{{L}}])(?:(?:{G(W.First)})\s+)?{N}\s+(?:{G(W.Months)})(?![\p{{L}}]){Of}{YearRef})?", Opts);
    // "January–November", "from March to May", "January to November 2024" (the "from" is often left out).
    static readonly Regex MonthRange = new(
        $@"(?<![\p{{L}}])(?:(?<m1>{Month})\s*[-–—]\s*(?<m2>{Month})|(?:(?:{G(W.RangeFrom)})\s+)?(?<m1>{Month})\s+(?:{G(W.RangeTo)})\s+(?<m2>{Month}))(?![\p{{L}}])(?:\s+{YearRef})?", Opts);
    static readonly Regex Quarter = new(
        $@"{YearRef}\s+(?:(?:{G(W.YearGenitive)})\s+)?(?<q>{G(W.OrdinalPattern)})\s+(?:{G(W.Quarter)})|(?<![\p{{L}}])(?<q>{G(W.OrdinalPattern)})\s+(?:{G(W.Quarter)})(?![\p{{L}}]){Of}{YearRef})?|\bQ(?<qn>[1-4])\s*(?<y>(?:19|20)\d{{2}})?", Opts);
    // "2024 жылдың бірінші жартыжылдығында", "2024 г. първо полугодие": a year before the half dates it, as a quarter's.
    static readonly Regex Half = new(
        $@"{YearRef}\s+(?:(?:{G(W.YearGenitive)})\s+)?(?<h>{G(W.OrdinalPattern)})\s+(?:{G(W.Half)})(?![\p{{L}}])|(?<![\p{{L}}])(?<h>{G(W.OrdinalPattern)})\s+(?:{G(W.Half)})(?![\p{{L}}]){Of}{YearRef})?|\bH(?<hn>[12])\s*(?<y>(?:19|20)\d{{2}})?", Opts);
    // "2024 жылғы қаңтар–қараша", "2024 г. януари–ноември": a year before its month range dates the range, one period.
    static readonly Regex YearThenMonthRange = new(
        $@"{YearRef}\s+(?:(?:{G(W.YearGenitive)})\s+)?(?<m1>{Month})\s*[-–—]\s*(?<m2>{Month})(?![\p{{L}}])", Opts);
    // A month with its year and nothing before it ("December 2024 — Turnover: 25.4", "of which December 2024") is that
    // month, as a table's row label or a slide's line writes it; with no year, a bare month name is too often a word.
    static readonly Regex SingleMonth = new(
        $@"(?:(?<![\p{{L}}])(?:{G(W.InMonth)})\s+|(?<![\p{{L}}\p{{N}}.,])(?<d>\d{{1,2}})\s+|(?<bare>(?<![\p{{L}}\p{{N}}.,])))(?<m>{Month})(?![\p{{L}}])(?:\s*,?\s*{YearRef})?", Opts);
    static readonly Regex YearNumber = new(@"(?<![\p{L}\p{N}])(?:19|20)\d{2}(?![\p{L}\p{N}])", Opts | RegexOptions.Compiled);
    static readonly Regex ComparisonBefore = new($@"(?<![\p{{L}}])(?:{W.Comparison})\s+(?:(?:{W.AfterComparison})\s+)?$", Opts | RegexOptions.RightToLeft);
    // "up from USD 95.2 million in 2023", "по сравнению с 95,2 млн долларов в 2023 году": the amount compared with sits
    // between the comparison word and its period, which is as much the base of the comparison as in "than in 2023".
    static readonly Regex OnlyAfterComparison = new($@"^\s*(?:(?:{W.AfterComparison})\s+)?$", Opts);
    static readonly Regex ComparisonAnywhere = new($@"(?<![\p{{L}}])(?:{W.Comparison})(?![\p{{L}}])", Opts);
    static readonly Regex SamePeriodBefore = new($@"(?<![\p{{L}}])(?:{W.SamePeriodBefore})\s*$", Opts | RegexOptions.RightToLeft);
    static readonly Regex SamePeriodAfter = new($@"^\s*(?:(?:{W.YearWords})\.?\s+)?(?:{W.SamePeriodAfter})(?![\p{{L}}])", Opts);
    static readonly Regex UntilBefore = new($@"(?<![\p{{L}}])(?:{W.Until})\s*$", Opts | RegexOptions.RightToLeft);
    static readonly Regex SinceBefore = new($@"(?<![\p{{L}}])(?:{W.Since})\s*$", Opts | RegexOptions.RightToLeft);
    static readonly Regex Codes = new(@"\b[QH][1-4]\b", Opts);
    // "9M 2024", "11M 2024": a slide's or table's code for the first N months of a year (never "$9M", an amount).
    static readonly Regex MonthsCode = new(@"(?<![\p{L}\p{N}$€£₸.,])(?<n>[1-9]|1[0-2])M\s+(?<y>(?:19|20)\d{2})(?![\p{L}\p{N}])", RegexOptions.CultureInvariant);
    static readonly Regex ExplicitYear = new(@"\b(?:19|20)\d{2}\b", Opts);

    /// <param name="openYear">For questions: a span with no year anywhere ("in four months of the year") gets year 0, meaning any year; "now" and bare months are not read.</param>
    /// <param name="reference">The period the text before this one was about; relative wording with no period before it in this text counts from it.</param>
    /// <param name="referenceStated">Whether the reference's year was stated rather than counted from the document's date: only then does a span with no year take it.</param>
    public static List<Found> Find(string text, PartialDate? documentDate, bool openYear = false, Period? reference = null, bool referenceStated = true) =>
        Find(text, documentDate, openYear, reference, referenceStated, out _);

    /// <summary>
    /// The periods a text names counted from no period before it, and whether it counts years from one it does not name
    /// (<see cref="CountsFromBefore"/>, read in the same pass): a reader that needs that period reads the text again with
    /// it; one that does not has read the text once instead of twice.
    /// </summary>
    public static List<Found> Find(string text, PartialDate? documentDate, out bool countsFromBefore) =>
        Find(text, documentDate, false, null, true, out countsFromBefore);

    static List<Found> Find(string text, PartialDate? documentDate, bool openYear, Period? reference, bool referenceStated, out bool countsFromBefore)
    {
        countsFromBefore = false;
        var candidates = new List<Candidate>();
        var consumed = new CoveredSpans(text.Length);

        void AddAt(int index, int length, Func<int, Period> make, (YearSource Source, int Offset) year, RelativeYear? relative, int month = 0)
        {
            if (!consumed.TryAdd(index, length)) return;
            candidates.Add(new Candidate(index, length, make, year.Source, year.Offset, month)
                { IsAnaphor = relative is RelativeYear.YearBefore or RelativeYear.AYearEarlier or RelativeYear.Same, KeepsSpan = relative == RelativeYear.AYearEarlier });
        }

        void Add(Match m, Func<int, Period> make, int month = 0) => AddAt(m.Index, m.Length, make, YearOf(m), RelativeOf(m), month);

        // Each pattern runs only when a word it needs is there: most sentences name one year, or none.
        var cues = PeriodCue.None;
        var monthNames = 0;
        foreach (var hit in W.Triggers.Find(text))
        {
            cues |= hit.Value;
            if (hit.Value.HasFlag(PeriodCue.MonthName)) monthNames++;
        }
        var years = MoneyFinder.HasDigit(text) && ExplicitYear.IsMatch(text);
        var codes = text.AsSpan().IndexOfAny('Q', 'H') >= 0 && Codes.IsMatch(text);
        if (cues == PeriodCue.None && !years && !codes) return [];
        if (cues.HasFlag(PeriodCue.MonthsWord))
        {
            if (years || cues.HasFlag(PeriodCue.Relative))
                foreach (Match m in YearThenMonthCount.Matches(text))
                    if (Count(m) is { } n) Add(m, y => Period.Months(y, 1, n));
            foreach (Match m in MonthCount.Matches(text))
                if (Count(m) is { } n) Add(m, y => Period.Months(y, 1, n));
        }
        // A range names two months: most texts that name a month name one, a date's.
        if (monthNames >= 2)
        {
            if (years)
                foreach (Match m in YearThenMonthRange.Matches(text))
                    if (CalendarWords.Month(TextNormalizer.Fold(m.Groups["m1"].Value)) is { } a && CalendarWords.Month(TextNormalizer.Fold(m.Groups["m2"].Value)) is { } b && a < b)
                        Add(m, y => Period.Months(y, a, b), month: b);
            foreach (Match m in MonthRange.Matches(text))
                if (CalendarWords.Month(TextNormalizer.Fold(m.Groups["m1"].Value)) is { } a && CalendarWords.Month(TextNormalizer.Fold(m.Groups["m2"].Value)) is { } b && a < b)
                    Add(m, y => Period.Months(y, a, b), month: b);
        }
        if (cues.HasFlag(PeriodCue.QuarterWord) || codes)
        {
            foreach (Match m in Quarter.Matches(text))
                if ((m.Groups["qn"].Success ? int.Parse(m.Groups["qn"].Value, CultureInfo.InvariantCulture) : W.Ordinal(TextNormalizer.Fold(m.Groups["q"].Value))) is int q and >= 1 and <= 4)
                    Add(m, y => Period.Quarter(y, q), month: q * 3);
        }
        if (cues.HasFlag(PeriodCue.HalfWord) || codes)
        {
            foreach (Match m in Half.Matches(text))
                if ((m.Groups["hn"].Success ? int.Parse(m.Groups["hn"].Value, CultureInfo.InvariantCulture) : W.Ordinal(TextNormalizer.Fold(m.Groups["h"].Value))) is int h and (1 or 2))
                    Add(m, y => Period.Months(y, h * 6 - 5, h * 6), month: h * 6);
        }
        if (cues.HasFlag(PeriodCue.MonthName))
        {
            foreach (Match m in SingleMonth.Matches(text))
                if (MonthOf(m, text, openYear) is { } month) Add(m, y => Period.Months(y, month, month), month: month);
        }
        if (cues.HasFlag(PeriodCue.CountedYears) && W.MayCountYears(text))
            foreach (Match m in W.CountedYears.Matches(text))
            {
                countsFromBefore = true;
                if (CountedYears(m) is { } n) AddAt(m.Index, m.Length, Period.Year, (YearSource.Counted, m.Groups["later"].Success ? n : -n), null);
            }
        // Single years are found word by word: a pattern over every relative phrase is the slowest way to find "2024".
        if (cues.HasFlag(PeriodCue.Relative))
            foreach (var hit in W.Relative.Find(text))
                if (!(openYear && hit.Value == RelativeYear.Now)) AddAt(hit.Index, hit.Length, Period.Year, YearOf(hit.Value), hit.Value);
        if (years && text.Contains('M', StringComparison.Ordinal))
            foreach (Match m in MonthsCode.Matches(text))
                if (int.Parse(m.Groups["n"].Value, CultureInfo.InvariantCulture) is var n) Add(m, y => Period.Months(y, 1, n), month: n);
        if (years)
            foreach (Match m in YearNumber.Matches(text))
                if (!Since(text, m.Index)) AddAt(m.Index, m.Length, Period.Year, (YearSource.Explicit, int.Parse(m.Value, CultureInfo.InvariantCulture)), null);

        return Resolve(text, candidates.OrderBy(c => c.Index).ToList(), documentDate, openYear, reference, referenceStated);
    }

    /// <summary>
    /// Whether the text counts years from a period it does not name ("nine years later", "спустя два года"): only then
    /// does the period a text before it named matter to it, so a caller looks for that one only then.
    /// </summary>
    public static bool CountsFromBefore(string text)
    {
        foreach (var hit in W.Triggers.Find(text))
            if (hit.Value.HasFlag(PeriodCue.CountedYears) && W.MayCountYears(text) && W.CountedYears.IsMatch(text)) return true;
        return false;
    }

    static List<Found> Resolve(string text, List<Candidate> candidates, PartialDate? documentDate, bool openYear, Period? reference, bool referenceStated)
    {
        var found = new List<Found>();
        List<MoneyFinder.Amount>? amounts = null;
        int? explicitYear = ExplicitYear.Match(text) is { Success: true } e ? int.Parse(e.Value, CultureInfo.InvariantCulture) : null;
        foreach (var c in candidates)
        {
            int? year = c.Source switch
            {
                YearSource.Explicit => c.Offset,
                YearSource.Document or YearSource.Now => documentDate?.Year + c.Offset,
                YearSource.Reference => (reference?.StartYear ?? documentDate?.Year) + c.Offset,
                // "1970 … nine years later": from the end of the period before (its start for years earlier); a question has none.
                YearSource.Counted => openYear ? null : (c.Offset > 0 ? reference?.EndYear : reference?.StartYear) + c.Offset,
                // "в прошлом году …, а за январь–апрель": a span with no year takes a year the text stated, never one that
                // "last year" counted back from the document's date — that phrase was its own clause's period.
                _ => openYear ? 0 : explicitYear ?? (referenceStated ? reference?.StartYear : null) ?? PastYear(documentDate, c.Month),
            };
            var fromDocument = c.Source is YearSource.Document or YearSource.Now
                || c.Source == YearSource.Missing && !openYear && explicitYear is null && !(referenceStated && reference is not null)
                || (c.Source is YearSource.Reference or YearSource.Counted) && !referenceStated;
            // "now", "this year", "over the first eight months of this year" in an undated document are still a time of
            // their own: year 0 (unknown) keeps the period an earlier sentence named from standing in for them, and what
            // counts from them ("the year before") is as unknown.
            if (year is null && (c.Source == YearSource.Now || c.Source == YearSource.Document && !openYear)) year = 0;
            if (!openYear && c.Source is YearSource.Reference or YearSource.Counted && reference is { StartYear: 0 }) year = 0;
            if (year is null) continue;
            var period = c.Make(year.Value);
            // "3.9 times more than a year earlier" after January–November means January–November of the year before.
            if (c.KeepsSpan && reference is { IsWholeYear: false } r && period.IsWholeYear)
                period = new Period(r.StartYear + c.Offset, r.StartMonth, r.EndYear + c.Offset, r.EndMonth);
            // "than in the same period of 2023", "2023 жылдың сәйкес кезеңімен": the base of a comparison, of the span before it.
            var samePeriod = SamePeriod(text, c);
            if (samePeriod && reference is { IsWholeYear: false } span && period.IsWholeYear)
                period = new Period(period.StartYear, span.StartMonth, period.StartYear + span.EndYear - span.StartYear, span.EndMonth);
            var comparison = samePeriod && !OwnSamePeriod(text, c) || ComparisonBefore.IsMatch(text.AsSpan(Math.Max(0, c.Index - 30), Math.Min(30, c.Index)).ToString())
                || ComparedAmountBefore(text, c.Index, ref amounts);
            found.Add(new Found(c.Index, period, comparison) { Length = c.Length, IsAnaphoric = c.IsAnaphor, IsNow = c.Source == YearSource.Now, IsFromDocumentDate = fromDocument });
            if (!c.IsAnaphor && !comparison && c.Source != YearSource.Now) (reference, referenceStated) = (period, !fromDocument);
        }
        return found;
    }

    static readonly Regex YearWordAfter = new($@"\G\s*(?:{W.YearWords})(?:\.|(?![\p{{L}}]))", Opts);

    /// <summary>Where a period's words end when the year's word follows its number ("2018 году", "2015 г.", "2024 жылы").</summary>
    public static int EndWithYearWord(string text, int end) => YearWordAfter.Match(text, end) is { Success: true } m ? m.Index + m.Length : end;

    /// <summary>Whether a text ends on a comparison word ("up from", "по сравнению с", "спрямо"): what follows is a base compared with.</summary>
    internal static bool EndsWithComparison(string text, int index) =>
        ComparisonBefore.IsMatch(text.AsSpan(Math.Max(0, index - 30), Math.Min(30, index)).ToString());

    /// <summary>Whether an amount compared with ("up from USD 95.2 million", "спрямо 95,2 млн. долара") stands right before the period.</summary>
    static bool ComparedAmountBefore(string text, int index, ref List<MoneyFinder.Amount>? amounts)
    {
        if (index == 0) return false;
        // Most sentences compare nothing: their amounts are not looked for.
        amounts ??= W.ComparisonGate.MayMatch(text) && ComparisonAnywhere.IsMatch(text) ? MoneyFinder.Find(text) : [];
        foreach (var a in amounts)
        {
            if (a.End > index) break;
            if (!OnlyAfterComparison.IsMatch(text.AsSpan(a.End, index - a.End).ToString())) continue;
            return ComparisonBefore.IsMatch(text.AsSpan(Math.Max(0, a.Index - 30), Math.Min(30, a.Index)).ToString());
        }
        return false;
    }

    // "за аналогичный период прошлого года", "the same period of last year", "същия период на миналата година": a year
    // counted from the document's date is as much the base of a same-period comparison as a year written out.
    static bool SamePeriod(string text, Candidate c) =>
        c.Source is YearSource.Explicit or YearSource.Document
        && (SamePeriodBefore.IsMatch(text.AsSpan(Math.Max(0, c.Index - 40), Math.Min(40, c.Index)).ToString())
            || SamePeriodAfter.IsMatch(text.AsSpan(c.Index + c.Length, Math.Min(48, text.Length - c.Index - c.Length)).ToString()));

    /// <summary>
    /// Where a same-period phrase ending right at <paramref name="index"/> starts ("$119.9 million in the same period a year
    /// earlier": the phrase joins the amount to its period), or null when none does; text before <paramref name="from"/> is not read.
    /// </summary>
    internal static int? SamePeriodStart(string text, int from, int index)
    {
        var start = Math.Max(from, index - 40);
        return SamePeriodBefore.Match(text, start, index - start) is { Success: true } m ? m.Index : null;
    }

    // "За същия период на 2023 г. той е бил …", "In the same period of 2023, exports were …": at most this many words (a
    // preposition, a subject) open the clause before a same-period phrase that dates what the clause goes on to state.
    const int ClauseOpeners = 2;

    /// <summary>
    /// "За същия период на 2023 г. той е бил 29,8 млн." — a same-period year that opens its clause, with no comparison word,
    /// is the period of the figures that clause states (the months of the span before it), not the base of a comparison as
    /// in "almost double the figure for the same period of 2024" or "спрямо същия период на 2023 г."; written after its year
    /// ("2023 жылдың сәйкес кезеңінде …"), it is the clause's own period unless a comparison word follows it
    /// ("… сәйкес кезеңімен салыстырғанда").
    /// </summary>
    static bool OwnSamePeriod(string text, Candidate c)
    {
        var from = Math.Max(0, c.Index - 40);
        if (SamePeriodBefore.Match(text, from, c.Index - from) is { Success: true } before)
        {
            var clause = Clauses.StartOf(text, before.Index);
            var opening = text[clause..before.Index];
            return Tokenizer.Words(opening).Count() <= ClauseOpeners && !ComparisonAnywhere.IsMatch(opening);
        }
        var end = c.Index + c.Length;
        var rest = text[end..Clauses.EndOf(text, end)];
        return !ComparisonAnywhere.IsMatch(rest);
    }

    static RelativeYear? RelativeOf(Match m) =>
        m.Groups["prev"].Success ? RelativeYear.YearBefore : m.Groups["earlier"].Success ? RelativeYear.AYearEarlier : m.Groups["same"].Success ? RelativeYear.Same : null;

    static (YearSource Source, int Offset) YearOf(RelativeYear r) => r switch
    {
        RelativeYear.This => (YearSource.Document, 0),
        RelativeYear.Last => (YearSource.Document, -1),
        RelativeYear.BeforeLast => (YearSource.Document, -2),
        RelativeYear.Next => (YearSource.Document, 1),
        RelativeYear.Now => (YearSource.Now, 0),
        RelativeYear.Same => (YearSource.Reference, 0),
        _ => (YearSource.Reference, -1),
    };

    static (YearSource Source, int Offset) YearOf(Match m)
    {
        if (m.Groups["y"].Success) return (YearSource.Explicit, int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture));
        if (m.Groups["this"].Success) return (YearSource.Document, 0);
        if (m.Groups["last"].Success) return (YearSource.Document, -1);
        if (m.Groups["lastlast"].Success) return (YearSource.Document, -2);
        if (m.Groups["next"].Success) return (YearSource.Document, 1);
        if (m.Groups["prev"].Success || m.Groups["earlier"].Success) return (YearSource.Reference, -1);
        if (m.Groups["same"].Success) return (YearSource.Reference, 0);
        if (m.Groups["now"].Success) return (YearSource.Now, 0);
        return (YearSource.Missing, 0);
    }

    /// <summary>"since 2005", "с 2005 года": the start of an accumulation, not the period of a figure.</summary>
    static bool Since(string text, int index) => SinceBefore.IsMatch(text.AsSpan(Math.Max(0, index - 8), Math.Min(8, index)).ToString());

    /// <summary>The number of years a counted phrase names: its number, or one when it names none ("a year later").</summary>
    static int? CountedYears(Match m) =>
        !m.Groups["n"].Success ? 1 : CalendarWords.SmallNumber(TextNormalizer.Fold(m.Groups["n"].Value)) is { } n and >= 1 and <= 99 ? n : null;

    static int? Count(Match m) => CalendarWords.SmallNumber(TextNormalizer.Fold(m.Groups["n"].Value)) is { } n and >= 1 and <= 12 ? n : null;

    /// <summary>A month named alone is a period only as news writes it ("in May", "12 декабря"), never "by 17 June" or the verb "may".</summary>
    static int? MonthOf(Match m, string text, bool openYear)
    {
        var name = m.Groups["m"];
        if ((openYear || m.Groups["bare"].Success) && !m.Groups["y"].Success) return null;
        if (name.Value[0] < 0x80 && !char.IsUpper(name.Value[0])) return null;
        if (m.Groups["d"].Success && UntilBefore.IsMatch(text.AsSpan(Math.Max(0, m.Index - 12), Math.Min(12, m.Index)).ToString())) return null;
        return CalendarWords.Month(TextNormalizer.Fold(name.Value));
    }

    /// <summary>A month with no year named is the latest one not after the document's date.</summary>
    static int? PastYear(PartialDate? documentDate, int month) =>
        documentDate is not { } d ? null : month > 0 && d.Month is { } dm && month > dm ? d.Year - 1 : d.Year;
}
