using Bot.Knowledge.Extraction;
using Bot.Knowledge.Model;
using Bot.Knowledge.Text;

namespace Bot.Answering.Understanding;

/// <summary>
/// The periods a question asks about. "This year" in a question means the user's today; in words quoted from an article
/// («биылғы алғашқы төрт айда», "“last year”") it means the article's, which the question does not know: such a period
/// keeps its months and leaves its year open (<see cref="Question.AnyYear"/>).
/// </summary>
public static partial class QuestionPeriods
{
    /// <param name="reported">The question asks what someone said ("the figure Tokayev named for last year"): its relative
    /// periods are the speaker's, read as words quoted from an article are.</param>
    public static List<Period> Find(string text, PartialDate today, bool reported = false)
    {
        // "In his July 2014 interview, what figure did he give for last year", "за предыдущий год … в интервью в июле 2024
        // года": the piece's date is the today its relative periods count from.
        // The question's periods, read once: the piece's date is looked for among them, and with nothing quoted they are the
        // periods asked.
        var all = PeriodFinder.Find(text, today, openYear: true);
        if (SourceDate(text, all) is { } source)
            // ("2019 жылғы қарашадағы сұхбатында өткен жылғы …": a relative period after the word for the piece is the figure's.)
            return MonthsAfterYears(text, PeriodFinder.Find(text, source.Date, openYear: true).Where(p => !p.IsComparison && p.Index != source.Index)
                .Select(p => p.Period).ToList()).Where(p => p != source.Period).Distinct().ToList();
        if (reported) return Open(PeriodFinder.Find(text, new PartialDate(Question.AnyYear), openYear: true)).ToList();
        var quoted = QuotedSpans(text);
        var outside = text.ToCharArray();
        foreach (var (start, end) in quoted)
            for (var i = start; i < end; i++) outside[i] = ' ';
        // Whether the question asks of the previous round is read once: a question of thousands of times is as many periods.
        var previousRound = Conditions.PreviousRound.Default.Asks(text);
        var periods = (quoted.Count == 0 ? all : PeriodFinder.Find(new string(outside), today, openYear: true)).Where(p => !p.IsComparison && !DatesTheSource(text, p) && !(previousRound && Conditions.PreviousRound.Default.Bounds(text, p.Index, p.End))).Select(p => p.Period).ToList();
        foreach (var (start, end) in quoted)
            periods.AddRange(Open(PeriodFinder.Find(text[start..end], new PartialDate(Question.AnyYear), openYear: true)));
        return MonthsAfterYears(text, periods).Distinct().ToList();
    }

    /// <summary>
    /// "According to the 2014 interview", "in his July 2014 interview", "в интервью 2014 года", "2014 жылғы сұхбатында": a
    /// period beside a word for the piece that stated the figure dates that piece, not the figure asked for (which that
    /// piece may give for "last year").
    /// </summary>
    static bool DatesTheSource(string text, PeriodFinder.Found p) => Beside(text, p.Index, p.End, Conditions.ConditionWords.Default.IsSourceWord);

    /// <summary>
    /// "(2025 жылғы ақпарат бойынша)", "according to 2025 information", "по данным на 2025 год": a year beside a word for the
    /// knowledge it is given for dates the today a relative period of the question ("былтыр", "last year") counts from —
    /// only when the question has one: "по данным 2024 года" alone asks for 2024's figure.
    /// </summary>
    /// <remarks>The year is read as written ("информацията от 2025 г." is no period "from 2025" on here).</remarks>
    static (PartialDate Date, Period Period, int Index)? KnowledgeDate(string text, IEnumerable<PeriodFinder.Found> all)
    {
        if (!all.Any(o => o.IsFromDocumentDate)) return null;
        foreach (System.Text.RegularExpressions.Match m in WrittenYear().Matches(text))
            if (Beside(text, m.Index, m.Index + m.Length, Conditions.ConditionWords.Default.IsAsOfWord))
            {
                var year = int.Parse(m.Value, System.Globalization.CultureInfo.InvariantCulture);
                return (new PartialDate(year), Period.Year(year), m.Index);
            }
        return null;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"(?<![\p{L}\p{N}])(?:19|20)\d\d(?![\p{L}\p{N}])")]
    private static partial System.Text.RegularExpressions.Regex WrittenYear();

    static bool Beside(string text, int start, int end, Func<string, bool> isWord)
    {
        var words = Conditions.ConditionWords.Default;
        var after = NearWords.After(text, end, SourceReach + 1);
        // "2014 жылғы сұхбатында": the words for year between the period and the word for the piece.
        var skipped = after.SkipWhile(words.YearWords.Contains).Take(SourceReach);
        if (skipped.Any(isWord)) return true;
        var before = NearWords.Before(text, start, SourceReach);
        return before.Any(isWord);
    }

    /// <summary>The date of the piece the question asks about ("the July 2014 interview" → July 2014), or null when it dates none.</summary>
    /// <param name="found">The periods the question names, counted from today.</param>
    static (PartialDate Date, Period Period, int Index)? SourceDate(string text, List<PeriodFinder.Found> found)
    {
        var dated = found.FirstOrDefault(p => !p.IsComparison && p.Period.StartYear > 1000 && DatesTheSource(text, p));
        if (dated is null) return KnowledgeDate(text, found);
        // "2014 жылғы шілдедегі сұхбатында": the month Kazakh writes after the year dates the piece too.
        var period = MonthsAfterYears(text, [dated.Period]) is [var only] ? only : dated.Period;
        return (period.StartMonth == 1 && period.EndMonth == 12 ? new PartialDate(period.EndYear) : new PartialDate(period.EndYear, period.EndMonth), period, dated.Index);
    }

    // "the 2014 interview", "в интервю от юли 2014": the word for the piece is next to the period, or one word from it.
    const int SourceReach = 2;

    /// <summary>
    /// "2019 жылғы наурызда": a Kazakh month written after its year and the word for year is that month of that year, not
    /// the whole year (evidence-conditions.json "year_words"); "2023 жылдың алғашқы сегіз айында" its first eight months.
    /// </summary>
    static List<Period> MonthsAfterYears(string text, List<Period> periods)
    {
        var words = Tokenizer.Words(TextNormalizer.Fold(text)).ToList();
        for (var i = 0; i + 1 < words.Count; i++)
        {
            if (words[i].Length != 4 || !int.TryParse(words[i], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var year)) continue;
            var at = i + 1;
            while (at < words.Count && at <= i + 2 && Conditions.ConditionWords.Default.YearWords.Contains(words[at])) at++;
            if (at == i + 1 || at >= words.Count) continue;
            var whole = Period.Year(year);
            var month = CalendarWords.Month(words[at]) ?? CalendarWords.Month(KazakhSuffixes.StripOnce(words[at]));
            if (month is { } m) { periods.Remove(whole); periods.Add(Period.Months(year, m, m)); }
            // "2023 жылдың алғашқы сегіз айында": its first eight months.
            else if (at + 2 < words.Count && Lexicon.DomainLexicon.Default.ConceptsOfWord(words[at]).Contains(First)
                && CalendarWords.SmallNumber(words[at + 1]) is { } n and > 0 and < 12 && IsMonthWord(words[at + 2]))
            {
                periods.Remove(whole);
                periods.Add(Period.Months(year, 1, n));
            }
        }
        return periods;
    }

    const string First = "first";
    const string Month = "month";

    static bool IsMonthWord(string folded) =>
        Lexicon.DomainLexicon.Default.ConceptsOfWord(folded).Contains(Month) || Lexicon.DomainLexicon.Default.ConceptsOfWord(KazakhSuffixes.StripOnce(folded)).Contains(Month);

    /// <summary>Periods read against no today: a stated year stays, a relative one keeps its months and leaves its year open.</summary>
    static IEnumerable<Period> Open(IEnumerable<PeriodFinder.Found> found) =>
        found.Where(p => !p.IsComparison).Select(p => p.Period.StartYear > 1000 ? p.Period : p.Period with { StartYear = Question.AnyYear, EndYear = Question.AnyYear }).Distinct();

    static List<(int Start, int End)> QuotedSpans(string text)
    {
        var spans = new List<(int, int)>();
        foreach (var (open, close) in QuotationMarks.Pairs)
        {
            var at = text.IndexOf(open, StringComparison.Ordinal);
            while (at >= 0 && text.IndexOf(close, at + 1) is var end and > 0)
            {
                spans.Add((at + 1, end));
                at = text.IndexOf(open, end + 1);
            }
        }
        return spans;
    }
}
