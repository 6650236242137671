using System.Globalization;
using System.Text.RegularExpressions;
using Bot.Knowledge.Extraction.Vocabulary;
using Bot.Knowledge.Model;

namespace Bot.Knowledge.Extraction;

/// <summary>
/// Finds the dates a text states: full dates in every usual order and script ("9 June 2025", "June 9, 2025",
/// "9 июня 2025 года", "2025 жылғы 9 маусым", "2025-06-09", "09.06.2025"), ranges ("23–31 July 1994",
/// "с 23 по 31 июля 1994 года", "7 to 10 November 2015"), months and years on their own ("July 1993", "в 2004 году"),
/// and relative dates ("yesterday", "позавчера", "апта басында", "last month", "three years ago") resolved against the
/// document's date. A year alone stays a year: it is never widened to the publication date. The text is read word by
/// word (month names, year words and relative phrases are looked up, not searched for), so a sentence costs little.
/// </summary>
public static partial class DateFinder
{
    static readonly WordSet YearWords = new(CalendarWords.File.YearWords.All);
    static readonly WordSet Prepositions = new(CalendarWords.File.YearPrepositions.All);
    static readonly WordSet PreviousMarkers = new(CalendarWords.File.PreviousMonthMarkers.All);
    static readonly WordSet LastYearMarkers = new(CalendarWords.File.LastYearMonthMarkers?.All ?? []);
    static readonly WordSet Joiners = new(CalendarWords.File.RangeJoiners.All);
    static readonly WordSet Openers = new(CalendarWords.File.RangeOpeners.All);
    static readonly WordSet DayWords = new(CalendarWords.File.DayWords.All);
    static readonly WordSet DayMonthJoinerWords = new(CalendarWords.File.DayMonthJoiners.All);
    static readonly WordSet EveWords = new(CalendarWords.File.Eve.Words.All);
    static readonly WordSet FollowingMarkers = new(CalendarWords.File.FollowingMonthMarkers.All);
    static readonly WordSet DayAfterMonthJoiners = new(CalendarWords.File.DayAfterMonthJoiners.All);
    static readonly WordSet DaySuffixWords = new(CalendarWords.File.DaySuffixes.All.Select(s => s.TrimStart('-')));
    static readonly string[] EveObjectEndings = [.. CalendarWords.File.Eve.ObjectEndings.All];
    static readonly string[] EveNameEndings = [.. CalendarWords.File.Eve.NameEndings.All];
    static readonly Regex DayJoin = new(@"^(?:\s*[-–—‒]\s*|\s+(?:" + Phrases.Alternation(CalendarWords.File.RangeJoiners.All) + @")\s+)$",
        Phrases.Options | RegexOptions.Compiled);

    static readonly PhraseMatcher Relative = new(CalendarWords.File.Relative.SelectMany(r => r.Words.All.Select(w => (w, $"{r.Unit}:{r.Offset}" + (r.Anchor is { } a ? ":" + a : ""))))
        .Concat(CalendarWords.WeekdayPhraseTags())
        .Concat(CalendarWords.File.Ago.SelectMany(a => a.Value.All.Select(w => (w, $"{a.Key}:ago"))))
        .Concat(CalendarWords.File.Seasons.SelectMany((s, i) => s.Words.All.SelectMany(w => CalendarWords.File.PreviousMonthMarkers.All.Select(p => ($"{p} {w}", $"season:{i}")))))
        // "planned for this autumn", "этой осенью", "тази есен", "осы күзде": the season of the item's own year.
        .Concat(CalendarWords.File.Seasons.SelectMany((s, i) => s.Words.All.SelectMany(w => CalendarWords.File.CurrentSeasonMarkers.All.Select(p => ($"{p} {w}", $"season:{i}:{ThisSeason}")))))
        // "the autumn before last", "позапрошлой весной", "по-миналата есен": two years before the season of the item's year.
        .Concat(CalendarWords.File.Seasons.SelectMany((s, i) => s.Words.All.SelectMany(w => CalendarWords.File.SeasonBeforeLast.All.Select(p => (p.Replace("@", w, StringComparison.Ordinal), $"season:{i}:{BeforeLast}")))))
        // "nine years later", "спустя два года": the phrases periods are counted with (period-words.json), one list for both.
        .Concat(Figures.PeriodWords.Default.YearsLater.Select(w => (w, Later)))
        .Concat(Figures.PeriodWords.Default.YearsEarlier.Select(w => (w, Earlier))));

    const string ThisSeason = "this";
    const string BeforeLast = "beforeLast";

    /// <summary>Words that put what the sentence tells ahead of its writing ("will be held", "соберётся", "ще", "өтеді").</summary>
    static readonly PhraseMatcher Future = new(CalendarWords.File.FutureWords.All);
    const string Later = "year:later";
    const string Earlier = "year:earlier";
    const string FromStated = ":stated";
    const string FromStatedOrDocument = ":statedOrDocument";

    /// <remarks>
    /// "2025-06-09", "2025/06/09", "09.06.2025", "09/06/2025", "9-6-2025", "24. 5. 2023", "24.05.2023г.", "09.06.25" (two
    /// digits of day, month and year), and the month in Roman numerals ("9.VI.2025", "24 V 2023"). Day first, as Europe
    /// writes it; a slashed date whose second number cannot be a month is American ("5/24/2023").
    /// </remarks>
    [GeneratedRegex(@"\b(?<y>\d{4})(?<s>[-/.])(?<m>\d{1,2})\k<s>(?<d>\d{1,2})(?!\d)|(?<![\d.,/])(?<d>\d{1,2})(?<s>[./-])\s?(?<m>\d{1,2})\k<s>\s?(?<y>\d{4})(?!\d)|(?<![\d.,/])(?<d>\d{2})(?<s>[./])(?<m>\d{2})\k<s>(?<y>\d{2})(?![.,/]?\d)|(?<![\d.,/])(?<d>\d{1,2})(?:\.\s?|\s)(?<r>XII|XI|X|IX|VIII|VII|VI|V|IV|III|II|I)(?:\.\s?|\s)(?<y>\d{4})(?!\d)")]
    private static partial Regex Numeric();

    static readonly string[] Roman = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"];

    static PartialDate? NumericDate(Match m)
    {
        var year = Int(m.Groups["y"].Value) is { } y && y < 100 ? 2000 + y : Int(m.Groups["y"].Value);
        var month = m.Groups["r"].Success ? Array.IndexOf(Roman, m.Groups["r"].Value) + 1 : Int(m.Groups["m"].Value);
        var day = Int(m.Groups["d"].Value);
        if (m.Groups["s"].Value == "/" && month > 12 && day <= 12) (month, day) = (day, month);
        return Valid(year, month, day);
    }

    /// <summary>Whether a folded word is a word for "year" written beside one ("г", "жылғы", "year").</summary>
    internal static bool IsYearWord(string folded) => YearWords.Contains(folded);

    /// <summary>The first full date (day, month and year) in the text; a day and month without a year take the reference year.</summary>
    public static DateOnly? First(string text, int? referenceYear)
    {
        var anchor = referenceYear is { } y ? new PartialDate(y) : (PartialDate?)null;
        foreach (var d in Find(text, anchor))
            if (d.Start.Day is not null && d.End is null) return d.Start.Start;
        return null;
    }

    /// <summary>Every date in the text, in order, none overlapping another.</summary>
    /// <param name="referenceYear">The year the text before this one was last about: "two years later" counts from it when the text itself states no year before those words.</param>
    public static IReadOnlyList<DateMention> Find(string text, PartialDate? documentDate, int? referenceYear = null) => Find(TokenList.Of(text), documentDate, referenceYear);

    /// <remarks>
    /// The dates of the last text read are kept per thread: a signing sentence is read for its date once for each
    /// document of the list it introduces, and a page line once for each question asked of it. A string never changes,
    /// so the same instance with the same document date has the same dates.
    /// </remarks>
    public static IReadOnlyList<DateMention> Find(TokenList tokens, PartialDate? documentDate, int? referenceYear = null)
    {
        if (_last is { } last && ReferenceEquals(last.Text, tokens.Text) && last.DocumentDate == documentDate && last.Reference == referenceYear) return last.Dates;
        var dates = Read(tokens, documentDate, referenceYear);
        _last = (tokens.Text, documentDate, referenceYear, dates);
        return dates;
    }

    [ThreadStatic] static (string Text, PartialDate? DocumentDate, int? Reference, IReadOnlyList<DateMention> Dates)? _last;

    static List<DateMention> Read(TokenList tokens, PartialDate? documentDate, int? referenceYear)
    {
        var found = new List<DateMention>();
        var text = tokens.Text;
        var hasDigit = text.AsSpan().IndexOfAnyInRange('0', '9') >= 0;
        if (hasDigit)
            foreach (Match m in Numeric().Matches(text))
                Add(found, m.Index, m.Length, (NumericDate(m), null), false);
        Ahead? ahead = null;
        for (var i = 0; i < tokens.Count; i++)
            if (tokens.MonthAt(i) is { } month) AroundMonth(tokens, i, month, documentDate, referenceYear, found, ahead ??= new Ahead(tokens));
        if (hasDigit) Years(tokens, found);
        List<(int Start, int End)>? uncounted = null;
        if (documentDate is not null || referenceYear is not null)
            foreach (var m in Relative.Matches(tokens))
            {
                if (m.Tag is Later or Earlier)
                {
                    // "In 2019 … Two years later, on 3 March": from the year stated before, in this text or the one before it;
                    // with none, the words date nothing, and the day beside them is not the document's year either.
                    if ((YearStatedBefore(found, m.Start) ?? referenceYear) is { } from)
                        Add(found, m.Start, m.Length, (new PartialDate(from + (m.Tag == Later ? 1 : -1) * (m.Number ?? 1)), null), true, counted: true);
                    else (uncounted ??= []).Add((m.Start, m.End));
                    continue;
                }
                if (m.Tag.EndsWith(FromStated, StringComparison.Ordinal) || m.Tag.EndsWith(FromStatedOrDocument, StringComparison.Ordinal))
                {
                    // "On 9 June the talks … A day earlier the president arrived": from the day the text stated, not the item's.
                    if (IsEveOf(tokens, m)) continue;
                    if (DayStatedBefore(found, m.Start) is { } stated)
                    {
                        var parts = m.Tag.Split(':');
                        Add(found, m.Start, m.Length, (Shift(stated, parts[0], int.Parse(parts[1], CultureInfo.InvariantCulture)), null), true, counted: true);
                        continue;
                    }
                    if (m.Tag.EndsWith(FromStated, StringComparison.Ordinal)) continue;
                }
                if (documentDate is not { } doc) continue;
                // "ертең, 10 маусымда, сейсенбіде", "on Tuesday, 10 June": a weekday beside a day names that day, no other.
                if (m.Tag.StartsWith("weekday@", StringComparison.Ordinal) && DayBeside(found, text, m.Start, m.End)) continue;
                if (IsEveOf(tokens, m)) continue;
                var date = Resolve(m, doc, ahead ??= new Ahead(tokens));
                if (hasDigit && date.Item1 is { Day: null, Month: { } month } relativeMonth && DaysOf(tokens, m, relativeMonth.Year, month) is { } days)
                    Add(found, days.Start, days.End - days.Start, days.Dates, true);
                else Add(found, m.Start, m.Length, date, true);
            }
        found.Sort((a, b) => a.Index.CompareTo(b.Index));
        var joined = JoinMonthAndYear(text, found);
        if (uncounted is not null) joined.RemoveAll(d => d.Relative && !d.Counted && uncounted.Any(u => Beside(text, u.Start, u.End, d)));
        return joined;
    }

    /// <summary>
    /// "Накануне официального визита …": the word for "the day before" followed by an event in the genitive is "on the eve
    /// of" it, which dates nothing; "Накануне президент …", "Накануне Токаев …", "накануне в Астане", "накануне, 5 июня" keep the day before.
    /// </summary>
    static bool IsEveOf(TokenList t, PhraseMatch m)
    {
        if (m.FirstToken != m.LastToken || !EveWords.Contains(t[m.FirstToken].Folded) || m.LastToken + 1 >= t.Count || !t.Joined(m.LastToken)) return false;
        var next = t[m.LastToken + 1].Folded;
        if (next.Length < 3 || !EveObjectEndings.Any(e => next.EndsWith(e, StringComparison.Ordinal))) return false;
        return !(char.IsUpper(t.Text[t[m.LastToken + 1].Start]) && EveNameEndings.Any(e => next.EndsWith(e, StringComparison.Ordinal)));
    }

    /// <summary>Whether a date with its day stands right before or after the span, parted from it by a comma or spaces only.</summary>
    static bool DayBeside(List<DateMention> found, string text, int start, int end)
    {
        foreach (var f in found)
        {
            if (f.Start.Day is null) continue;
            var (from, to) = f.EndIndex <= start ? (f.EndIndex, start) : end <= f.Index ? (end, f.Index) : (0, -1);
            if (to >= from && to - from <= 3 && text.AsSpan(from, to - from).Trim(" ,\u00A0").IsEmpty) return true;
        }
        return false;
    }

    /// <summary>A month name and the day, range or year around it ("23–31 July 1994", "June 9, 2025", "в сентябре 1999 года", "last December").</summary>
    static void AroundMonth(TokenList t, int i, int month, PartialDate? doc, int? referenceYear, List<DateMention> found, Ahead ahead)
    {
        var text = t.Text;
        if (IsModal(t, i)) return;
        var (yearAfter, yearEnd) = YearAfter(t, i);
        var year = yearAfter ?? (doc is { } d ? YearlessYear(d, month, ahead) : null);
        var end = yearEnd ?? t[i].End;
        if (i >= 2 && Day(t[i - 1].Folded) is null && DayBeforeMonth(t, i) is { } dayAt)
        {
            // "the 9th of June", "9-го июня", "9-ти юни": a day parted from its month by "of" or by its own ending.
            var (dayYear, from) = yearAfter is null && YearBefore(t, dayAt) is { } first ? (first.Year, first.At) : (year, dayAt);
            Add(found, t[from].Start, end - t[from].Start, (Valid(dayYear, month, Day(t[dayAt].Folded)), null), yearAfter is null && from == dayAt);
            return;
        }
        if (i >= 1 && Day(t[i - 1].Folded) is { } day && t.Joined(i - 1))
        {
            // "23–31 July", "7 to 10 November", "с 23 по 31 июля", "30 June – 2 July".
            var firstAt = i >= 2 && Day(t[i - 2].Folded) is not null && DayJoin.IsMatch(text[t[i - 2].End..t[i - 1].Start]) ? i - 2
                : i >= 3 && Day(t[i - 3].Folded) is not null && Joiners.Contains(t[i - 2].Folded) && t.Joined(i - 3) && t.Joined(i - 2) ? i - 3 : -1;
            if (i >= 3 && firstAt < 0 && CalendarWords.Month(t[i - 2].Folded) is not null && Day(t[i - 3].Folded) is not null
                && DayJoin.IsMatch(text[t[i - 2].End..t[i - 1].Start])) firstAt = i - 3;
            var dateFrom = firstAt >= 0 ? firstAt : i - 1;
            // "2025 жылғы 9 маусым", "2026 жылғы 5–7 сәуірде": the year comes first in Kazakh.
            if (yearAfter is null && YearBefore(t, dateFrom) is { } before)
                (year, yearAfter, dateFrom) = (before.Year, before.Year, before.At);
            if (firstAt >= 0 && Day(t[firstAt].Folded) is { } first)
            {
                var firstMonth = firstAt == i - 3 && CalendarWords.Month(t[i - 2].Folded) is { } m ? m : month;
                var start = dateFrom < firstAt ? t[dateFrom].Start : firstAt >= 1 && Openers.Contains(t[firstAt - 1].Folded) ? t[firstAt - 1].Start : t[firstAt].Start;
                Add(found, start, end - start, Range(Valid(year, firstMonth, first), Valid(year, month, day)), yearAfter is null);
                return;
            }
            Add(found, t[dateFrom].Start, end - t[dateFrom].Start, (Valid(year, month, day), null), yearAfter is null);
            return;
        }
        if (i + 1 < t.Count && Day(t[i + 1].Folded) is { } after && t.Joined(i) && t[i + 1].Folded.Length <= 4)
        {
            // "June 9, 2025".
            var (y2, e2) = YearAfter(t, i + 1);
            Add(found, t[i].Start, (e2 ?? t[i + 1].End) - t[i].Start, (Valid(y2 ?? year, month, after), null), y2 is null);
            return;
        }
        if (yearAfter is null && YearBefore(t, i) is { } monthYear)
        {
            // "2025 жылғы маусымда".
            Add(found, t[monthYear.At].Start, t[i].End - t[monthYear.At].Start, (new PartialDate(monthYear.Year, month), null), false);
            return;
        }
        if (yearAfter is { } only)
        {
            Add(found, t[i].Start, end - t[i].Start, (new PartialDate(only, month), null), false);
            return;
        }
        if (!IsFullMonthWord(t[i].Folded)) return;
        if (i >= 1 && FollowingMarkers.Contains(t[i - 1].Folded) && t.Joined(i - 1))
        {
            // "In October 2023 … The following July, on the 10th": the first such month after the date stated before.
            if (FollowingYear(found, t[i - 1].Start, month, referenceYear, doc) is { } next)
                AddMonth(t, i, t[i - 1].Start, next, month, found, counted: true);
            return;
        }
        if (doc is not { } anchor) return;
        // A month alone is one of the document's year; "last December" is the most recent December before the document.
        var previous = i >= 1 && PreviousMarkers.Contains(t[i - 1].Folded) && t.Joined(i - 1);
        // "былтыр қарашада" in an item of December 2025 is November 2024: the word says "last year", not "the last November".
        var inYear = !previous ? YearlessYear(anchor, month, ahead)
            : month >= (anchor.Month ?? 13) || LastYearMarkers.Contains(t[i - 1].Folded) ? anchor.Year - 1 : anchor.Year;
        AddMonth(t, i, previous ? t[i - 1].Start : t[i].Start, inYear, month, found, counted: false);
    }

    /// <summary>The word index of a day written before its month with "of" or its ending between ("the 9th of June", "9-го июня").</summary>
    static int? DayBeforeMonth(TokenList t, int i)
    {
        var before = t[i - 1].Folded;
        if (DayMonthJoinerWords.Contains(before) && t.Joined(i - 1) && t.Joined(i - 2) && Day(t[i - 2].Folded) is not null) return i - 2;
        return DaySuffixWords.Contains(before) && t.Joined(i - 1) && SuffixAfter(t, i - 2) ? i - 2 : null;
    }

    const int NearMonths = 3;

    /// <summary>
    /// The year of a month or day written without one: the item's own, unless that puts it more than three months after the
    /// item in a sentence that puts nothing ahead ("signed on 12 November" in an item of January: the November before), or
    /// more than three months before it in a sentence that does ("will be held in February" in an item of July: the next one).
    /// Within three months either way the item's year stands: news tells of days just ahead without a future word too.
    /// </summary>
    static int YearlessYear(PartialDate doc, int month, Ahead ahead)
    {
        if (doc.Month is not { } of) return doc.Year;
        if (month - of > NearMonths && !ahead.Is) return doc.Year - 1;
        return of - month > NearMonths && ahead.Is ? doc.Year + 1 : doc.Year;
    }

    /// <summary>Whether the text tells of what is still ahead (calendar.json futureWords), read once and only when a date needs it.</summary>
    sealed class Ahead(TokenList tokens)
    {
        bool? _is;

        public bool Is => _is ??= Future.Matches(tokens).Count > 0;
    }

    /// <summary>A month named without its year, with the day written after it if there is one ("July, on the 10th").</summary>
    static void AddMonth(TokenList t, int i, int from, int year, int month, List<DateMention> found, bool counted)
    {
        if (DayAfterMonth(t, i) is { } day && Valid(year, month, day.Day) is { } date)
            Add(found, from, day.End - from, (date, null), true, counted);
        else Add(found, from, t[i].End - from, (new PartialDate(year, month), null), true, counted);
    }

    /// <summary>
    /// The day written after a month, set off by a comma or joining words ("July, on the 10th", "юли, на 10-и", "июля,
    /// 10-го числа"): only with a day suffix or a day word, so that "in July, 10 firms" stays a count.
    /// </summary>
    static (int Day, int End)? DayAfterMonth(TokenList t, int i)
    {
        if (i + 1 >= t.Count || Gap(t, i) is not ("" or ",")) return null;
        var j = i + 1;
        while (j < t.Count - 1 && DayAfterMonthJoiners.Contains(t[j].Folded) && t.Joined(j)) j++;
        if (j >= t.Count || Day(t[j].Folded) is not { } day) return null;
        if (t[j].Folded.Any(char.IsLetter)) return (day, t[j].End);
        if (j + 1 < t.Count && (DaySuffixWords.Contains(t[j + 1].Folded) && Gap(t, j) is "" or "-" || DayWords.Contains(t[j + 1].Folded) && t.Joined(j)))
            return (day, t[j + 1].End);
        return null;
    }

    /// <summary>
    /// The year of "the following July": after the last date stated before it in the text (July 2024 after October 2023,
    /// July 2023 after March 2023), else after the year the text before was about, else after the item's date.
    /// </summary>
    static int? FollowingYear(List<DateMention> found, int at, int month, int? referenceYear, PartialDate? doc)
    {
        DateMention? last = null;
        foreach (var f in found)
            if (f.EndIndex <= at && (!f.Relative || f.Counted) && (last is null || f.Index > last.Index)) last = f;
        PartialDate? before = last is null ? null : last.End ?? last.Start;
        if (before is { } b) return b.Month is { } m && month > m ? b.Year : b.Year + 1;
        if (referenceYear is { } y) return y + 1;
        return doc is { } d ? (d.Month is { } dm && month > dm ? d.Year : d.Year + 1) : null;
    }

    /// <summary>The last day (not a month or a range) the text stated before <paramref name="at"/>, or counted from one.</summary>
    static PartialDate? DayStatedBefore(List<DateMention> found, int at)
    {
        DateMention? last = null;
        foreach (var f in found)
            if (f.EndIndex <= at && f.Start.Day is not null && f.End is null && (!f.Relative || f.Counted) && (last is null || f.Index > last.Index)) last = f;
        return last?.Start;
    }

    /// <summary>
    /// Days of a month named by relative words, after them ("осы айдың 7–10 күндері") or before them ("7–10 числа этого
    /// месяца", "the 7th of this month"), with a word that makes the number a day (calendar.json dayWords, dayMonthJoiners):
    /// without one a number beside "this month" counts something else ("осы айда 5 келісім").
    /// </summary>
    static (int Start, int End, (PartialDate?, PartialDate?) Dates)? DaysOf(TokenList t, PhraseMatch m, int year, int month)
    {
        var text = t.Text;
        var j = m.LastToken + 1;
        if (j < t.Count && Day(t[j].Folded) is { } first && t.Joined(m.LastToken))
        {
            var last = j + 1 < t.Count && Day(t[j + 1].Folded) is { } to && DayJoin.IsMatch(text[t[j].End..t[j + 1].Start]) ? (Day: to, At: j + 1) : (Day: first, At: j);
            if (last.At + 1 < t.Count && DayWords.Contains(t[last.At + 1].Folded))
                return (m.Start, t[last.At + 1].End, last.At > j ? Range(Valid(year, month, first), Valid(year, month, last.Day)) : (Valid(year, month, first), null));
            // "өткен айдың 26-сында": the day's own ending makes the number the day of that month.
            if (last.At == j && SuffixAfter(t, j)) return (m.Start, t[j + 1].End, (Valid(year, month, first), null));
        }
        var i = m.FirstToken - 1;
        if (i < 1) return null;
        // "26 числа", "26-го числа", "the 26th of" before the month's words; or a day with its suffix right before them ("на 26-и миналия месец").
        var dayAt = DayWords.Contains(t[i].Folded) || DayMonthJoinerWords.Contains(t[i].Folded) ? (i >= 2 && SuffixAfter(t, i - 2) ? i - 2 : i - 1)
            : DaySuffixWords.Contains(t[i].Folded) && SuffixAfter(t, i - 1) ? i - 1 : -1;
        if (dayAt < 0 || Day(t[dayAt].Folded) is not { } day) return null;
        if (dayAt >= 1 && Day(t[dayAt - 1].Folded) is { } from && DayJoin.IsMatch(text[t[dayAt - 1].End..t[dayAt].Start]))
            return (t[dayAt - 1].Start, m.End, Range(Valid(year, month, from), Valid(year, month, day)));
        return (t[dayAt].Start, m.End, (Valid(year, month, day), null));
    }

    /// <summary>A day's suffix follows the number at <paramref name="k"/> across a hyphen ("26-го", "26-и", "26-сында").</summary>
    static bool SuffixAfter(TokenList t, int k) =>
        k >= 0 && k + 1 < t.Count && Day(t[k].Folded) is not null && DaySuffixWords.Contains(t[k + 1].Folded) && Gap(t, k) == "-";

    /// <summary>A year right after a month or day ("July 1993", "9 июня 2025 года", "17 март 2027 г."), with where its year word ends.</summary>
    static (int? Year, int? End) YearAfter(TokenList t, int i)
    {
        var j = i + 1;
        if (j < t.Count && t[j].Folded == "of") j++;
        if (j >= t.Count || Year(t[j].Folded) is not { } y) return (null, null);
        if (t[j].Start - t[i].End > 3) return (null, null);
        var end = t[j].End;
        if (j + 1 < t.Count && YearWords.Contains(t[j + 1].Folded) && t[j + 1].Start - end <= 2) end = t[j + 1].End;
        return (y, end);
    }

    /// <summary>A year with its year word right before word <paramref name="i"/> ("2025 жылғы 9 маусым"), with the index of the year.</summary>
    /// <remarks>
    /// A table cell or a chronology puts a stop or a comma between the year and the month ("2015 ж. қараша", "2015 г.,
    /// ноябрь", "2015 жыл, қараша", "2015, November"): the year word's abbreviation point or one comma still joins them.
    /// A chronology's item opens with its year and a colon or dash before its day ("2013: 5 March — …", "2012 ж. — 3 мамырда
    /// …"): that year is the day's, not the year of the item or heading before it.
    /// </remarks>
    static (int Year, int At)? YearBefore(TokenList t, int i)
    {
        if (i >= 2 && YearWords.Contains(t[i - 1].Folded) && Year(t[i - 2].Folded) is { } y && t.Joined(i - 2)
            && (t.Joined(i - 1) || Gap(t, i - 1) is "," || Gap(t, i - 1) is "." or ".," && t[i - 1].Length <= 2 || i == 2 && ItemMarker(Gap(t, i - 1))))
            return (y, i - 2);
        return i >= 1 && Year(t[i - 1].Folded) is { } bare && (Gap(t, i - 1) is "," || i == 1 && ItemMarker(Gap(t, i - 1))) ? (bare, i - 1) : null;
    }

    /// <summary>What parts an item's opening year from the rest: a colon or a dash, after the year word's point if any.</summary>
    static bool ItemMarker(string gap) => gap.TrimStart('.').Trim() is ":" or "—" or "–" or "-";

    /// <summary>What stands between word <paramref name="left"/> and the next, spaces left out.</summary>
    static string Gap(TokenList t, int left) => t.Text[t[left].End..t[left + 1].Start].Trim();

    /// <summary>Years with digits: ranges ("1907–1908", "2017–2018 годы"), a year word ("в 2004 году", "2019 жылы"), a preposition ("in 1992").</summary>
    static void Years(TokenList t, List<DateMention> found)
    {
        for (var i = 0; i < t.Count; i++)
        {
            if (Year(t[i].Folded) is not { } y) continue;
            var text = t.Text;
            if (i + 1 < t.Count && text[t[i].End..t[i + 1].Start].Trim() is "-" or "–" or "—" && YearTo(y, t[i + 1].Folded) is { } to)
            {
                var end = i + 2 < t.Count && YearWords.Contains(t[i + 2].Folded) ? t[i + 2].End : t[i + 1].End;
                Add(found, t[i].Start, end - t[i].Start, (new PartialDate(y), new PartialDate(to)), false);
                i++;
                continue;
            }
            // "between 1907 and 1911", "с 1907 по 1911 год", "от 1907 до 1911 г.": a range of years in words.
            if (i >= 1 && Openers.Contains(t[i - 1].Folded) && t.Joined(i - 1) && WordedYearRange(t, i, y) is { } range)
            {
                Add(found, t[i - 1].Start, range.End - t[i - 1].Start, (new PartialDate(y), new PartialDate(range.To)), false);
                i = range.Next - 1;
                continue;
            }
            // The character before, not the text before: a copy of it per year made a text of many years quadratic.
            if (t[i].Start > 0 && text[t[i].Start - 1] is '-' or '–') continue;
            var after = i + 1 < t.Count && YearWords.Contains(t[i + 1].Folded) && t[i + 1].Start - t[i].End <= 2;
            var preposition = i >= 1 && Prepositions.Contains(t[i - 1].Folded) && t.Joined(i - 1);
            var decimalPart = t[i].End < text.Length - 1 && text[t[i].End] is '.' or ',' && char.IsDigit(text[t[i].End + 1]);
            if ((after || preposition) && !decimalPart)
                Add(found, t[i].Start, (after ? t[i + 1].End : t[i].End) - t[i].Start, (new PartialDate(y), null), false);
        }
    }

    /// <summary>After the year at <paramref name="i"/>: its year word, a range joiner and a later year with its own ("… and 1911", "… по 1911 год").</summary>
    static (int To, int End, int Next)? WordedYearRange(TokenList t, int i, int from)
    {
        var j = i + 1;
        if (j < t.Count && YearWords.Contains(t[j].Folded) && t.Joined(j - 1)) j++;
        if (j + 1 >= t.Count || !Joiners.Contains(t[j].Folded) || !t.Joined(j - 1) || !t.Joined(j) || YearTo(from, t[j + 1].Folded) is not { } to) return null;
        var end = j + 2 < t.Count && YearWords.Contains(t[j + 2].Folded) && t.Joined(j + 1) ? j + 2 : j + 1;
        return (to, t[end].End, end + 1);
    }

    static int? YearTo(int from, string word)
    {
        if (word.Length == 2 && int.TryParse(word, out var yy)) return from / 100 * 100 + yy is var to && to > from ? to : null;
        return Year(word) is { } y && y > from && y - from < 50 ? y : null;
    }

    static (PartialDate?, PartialDate?) Resolve(PhraseMatch m, PartialDate doc, Ahead ahead)
    {
        var parts = m.Tag.Split(':');
        if (parts[0] == "season" && parts.Length > 2 && parts[2] == ThisSeason) return (new PartialDate(doc.Year), null);
        if (parts[0] == "season")
            return (new PartialDate(LastSeasonYear(doc, CalendarWords.File.Seasons[int.Parse(parts[1], CultureInfo.InvariantCulture)].Months)
                - (parts.Length > 2 && parts[2] == BeforeLast ? 1 : 0)), null);
        var offset = parts[1] == "ago" ? -(m.Number ?? 0) : int.Parse(parts[1], CultureInfo.InvariantCulture);
        return (Shift(doc, parts[0], offset, ahead), null);
    }

    /// <summary>The document's date moved by whole days, weeks, months or years, as precise as the unit allows.</summary>
    static PartialDate? Shift(PartialDate doc, string unit, int offset, Ahead? ahead = null)
    {
        var day = doc.Start;
        return unit switch
        {
            "day" when doc.Day is not null => PartialDate.From(day.AddDays(offset)),
            // "3 hours ago", "преди 20 минути": the day itself (the clock time of the reference is not kept).
            "hour" when doc.Day is not null => doc,
            "week" when doc.Day is not null => MonthOnly(day.AddDays(7 * offset)),
            "month" when doc.Month is not null => MonthOnly(day.AddMonths(offset)),
            "year" => new PartialDate(doc.Year + offset),
            // "On Wednesday" in an item of Friday 12 July: the latest Wednesday on or before it (offset: ISO day, Monday = 1).
            "weekday@latest" when doc.Day is not null => PartialDate.From(day.AddDays(-((IsoDay(day) - offset + 7) % 7))),
            // "The commission will meet on Wednesday": in a sentence about what is ahead, the first such day on or after it.
            "weekday@near" when doc.Day is not null => PartialDate.From(ahead?.Is == true
                ? day.AddDays((offset - IsoDay(day) + 7) % 7) : day.AddDays(-((IsoDay(day) - offset + 7) % 7))),
            // "Осы аптаның сәрсенбісінде", "next Monday": that day of the item's own week (Monday to Sunday), or of the week before or after.
            _ when doc.Day is not null && unit.StartsWith("weekday@", StringComparison.Ordinal)
                && int.TryParse(unit.AsSpan(8), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var week)
                => PartialDate.From(day.AddDays(7 * week + offset - IsoDay(day))),
            _ => null,
        };
    }

    static int IsoDay(DateOnly d) => ((int)d.DayOfWeek + 6) % 7 + 1;

    static PartialDate MonthOnly(DateOnly d) => new(d.Year, d.Month);

    static int LastSeasonYear(PartialDate doc, int[] months)
    {
        // "Last autumn" in January 2016 is autumn 2015, and so it is in December 2016: the autumn of the item's own year is
        // "this autumn" ("этой весной" in June is the spring just past, "прошлой весной" the one a year before it).
        // "Last winter" in March 2026 is the winter that began in December 2025.
        var month = doc.Month ?? 12;
        var (from, to) = (months[0], months[1]);
        if (from > to) return month <= to ? doc.Year - 2 : doc.Year - 1;
        return doc.Year - 1;
    }

    /// <summary>"в октябре позапрошлого года", "13 ноября прошлого года", "November last year", "былтыр желтоқсанда": a month (with its day) and a relative year are one date.</summary>
    static List<DateMention> JoinMonthAndYear(string text, List<DateMention> found)
    {
        for (var i = 0; i + 1 < found.Count; i++)
        {
            var (a, b) = (found[i], found[i + 1]);
            if (!a.Relative || !b.Relative || !Joinable(text, a, b)) continue;
            var (month, year) = a.Start.Month is not null && b.Start.Month is null ? (a, b) : b.Start.Month is not null && a.Start.Month is null ? (b, a) : (null, null);
            if (month is null || year is null) continue;
            // "13 ноября прошлого года": the day and month keep their day, in the year the relative words name.
            var joined = month.Start.Day is { } day ? Valid(year.Start.Year, month.Start.Month, day) : new PartialDate(year.Start.Year, month.Start.Month);
            if (joined is null || month.End is not null) continue;
            found[i] = new DateMention(a.Index, b.EndIndex - a.Index, joined.Value, null, true) { Counted = year.Counted };
            found.RemoveAt(i + 1);
        }
        return found;
    }

    /// <summary>
    /// A relative year and a month joined as one date: right beside each other ("ноября прошлого года"), or the year
    /// first and set off by a comma, with a preposition at most ("Three years ago, on 12 May", "Екі жыл бұрын, 12 мамырда").
    /// </summary>
    static bool Joinable(string text, DateMention a, DateMention b)
    {
        var gap = text.AsSpan(a.EndIndex, b.Index - a.EndIndex);
        if (gap.Length <= 4 && gap.IndexOfAny(".;,") < 0) return true;
        return a.Start.Month is null && b.Start.Month is not null && YearThenDay().IsMatch(gap);
    }

    [GeneratedRegex(@"^\s*,\s*(?:\p{L}{1,3}\s+)?$")]
    private static partial Regex YearThenDay();

    /// <summary>The year of the last date before <paramref name="at"/> that states its own or was counted from one ("in 2019 … two years later").</summary>
    static int? YearStatedBefore(List<DateMention> found, int at)
    {
        DateMention? last = null;
        foreach (var f in found)
            if (f.EndIndex <= at && (!f.Relative || f.Counted) && (last is null || f.Index > last.Index)) last = f;
        return last is null ? null : (last.End ?? last.Start).Year;
    }

    /// <summary>Whether the date stands right after the words (or right before them), as "Two years later, on 3 March" has it.</summary>
    static bool Beside(string text, int start, int end, DateMention d)
    {
        var (from, to) = d.Index >= end ? (end, d.Index) : d.EndIndex <= start ? (d.EndIndex, start) : (0, -1);
        return to >= from && to - from <= 6 && (to == from || YearThenDay().IsMatch(text.AsSpan(from, to - from)) || text.AsSpan(from, to - from).IsWhiteSpace());
    }

    /// <summary>English "may" and "march" are months only when capitalised and not at the start of a sentence.</summary>
    static bool IsModal(TokenList t, int i)
    {
        if (t[i].Folded is not ("may" or "march")) return false;
        if (!char.IsUpper(t.Text[t[i].Start])) return true;
        // "May 2026" on a byline: a capitalised month word right before a year is the month.
        if (i + 1 < t.Count && t[i + 1].Folded.Length == 4 && t[i + 1].Folded.All(char.IsAsciiDigit)) return false;
        var before = t.Text[..t[i].Start].TrimEnd();
        return before.Length == 0 || before[^1] is '.' or '!' or '?';
    }

    static bool IsFullMonthWord(string folded) => folded.Length > 4 || !folded.All(char.IsAsciiLetter) || folded is "may" or "june" or "july";

    static void Add(List<DateMention> found, int index, int length, (PartialDate? Start, PartialDate? End) date, bool relative, bool counted = false)
    {
        if (date.Start is not { } start) return;
        var end = index + length;
        // What was read first is the more specific reading: a span already taken keeps it.
        if (found.Any(f => f.Index < end && index < f.EndIndex)) return;
        found.Add(new DateMention(index, length, start, date.End, relative) { Counted = counted });
    }

    static (PartialDate?, PartialDate?) Range(PartialDate? a, PartialDate? b) =>
        a is not null && b is not null && a.Value.Start < b.Value.Start ? (a, b) : (null, null);

    static int? Int(string s) => int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;

    /// <summary>A day of the month as written: "9", "09", "9th", "9-го".</summary>
    static int? Day(string folded)
    {
        var digits = 0;
        while (digits < folded.Length && char.IsDigit(folded[digits])) digits++;
        if (digits is 0 or > 2 || folded.Length - digits > 3) return null;
        return Int(folded[..digits]) is { } d and >= 1 and <= 31 ? d : null;
    }

    static int? Year(string folded) =>
        folded.Length == 4 && Int(folded) is { } y and >= 1500 and <= 2199 ? y : null;

    static PartialDate? Valid(int? year, int? month, int? day) =>
        year is { } y && month is { } mo && mo is >= 1 and <= 12 && day is { } d && d >= 1 && d <= DateTime.DaysInMonth(y, mo)
            ? new PartialDate(y, mo, d) : null;
}
