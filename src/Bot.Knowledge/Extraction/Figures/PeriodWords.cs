using Bot.Knowledge.Extraction.Vocabulary;
using System.Text.Json;
using Bot.Knowledge.Metrics;

namespace Bot.Knowledge.Extraction.Figures;

/// <summary>How a relative year word counts: from the document's date, or from the period named before it.</summary>
internal enum RelativeYear { This, Last, BeforeLast, Next, Now, YearBefore, AYearEarlier, Same }

/// <summary>Which kinds of period word a text has.</summary>
[Flags]
internal enum PeriodCue { None = 0, Relative = 1, MonthName = 2, MonthsWord = 4, QuarterWord = 8, HalfWord = 16, CountedYears = 32 }

/// <summary>
/// Words that place a figure in time (embedded period-words.json), as regex fragments: years counted from the
/// document's date, from the period named just before, "now", comparisons, month counts, quarters and halves.
/// </summary>
internal sealed class PeriodWords
{
    static readonly string[] RelativeLists =
    [
        "document_this_year", "document_last_year", "document_year_before_last", "document_next_year", "document_now",
        "reference_year_before", "reference_a_year_earlier", "reference_same_year",
    ];

    static readonly RelativeYear[] RelativeKinds =
    [
        RelativeYear.This, RelativeYear.Last, RelativeYear.BeforeLast, RelativeYear.Next, RelativeYear.Now,
        RelativeYear.YearBefore, RelativeYear.AYearEarlier, RelativeYear.Same,
    ];

    public static PeriodWords Default { get; } = Load();

    public string ThisYear { get; }
    public string LastYear { get; }
    public string YearBeforeLast { get; }
    public string NextYear { get; }
    public string Now { get; }
    public string YearBefore { get; }
    public string AYearEarlier { get; }
    public string SameYear { get; }
    public string Comparison { get; }
    /// <summary>False only where <see cref="Comparison"/> cannot match: most sentences compare nothing.</summary>
    public Text.LiteralGate ComparisonGate { get; }
    public string First { get; }
    public string Months { get; }
    public string Quarter { get; }
    public string Half { get; }
    public string YearWords { get; }
    public string OrdinalPattern { get; }
    public string YearOf { get; }
    public string Article { get; }
    public string YearGenitive { get; }
    public string RangeFrom { get; }
    public string RangeTo { get; }
    public string InMonth { get; }
    public string AfterComparison { get; }
    public string Until { get; }
    public string Since { get; }
    public string SamePeriodBefore { get; }
    public string SamePeriodAfter { get; }

    /// <summary>"last year", "былтыр", "годом ранее", "в момента"… with how each counts.</summary>
    public CueMatcher<RelativeYear> Relative { get; }

    /// <summary>
    /// "nine years later", "спустя два года", "две години по-късно", "тоғыз жылдан кейінгі": years counted from the period
    /// named before, forward (group "later") or back ("earlier"), by the number in group "n" (none: one year).
    /// </summary>
    public System.Text.RegularExpressions.Regex CountedYears { get; }

    /// <summary>The phrases of <see cref="CountedYears"/> as written ('#' for the number), for a reader that matches phrases word by word.</summary>
    public IReadOnlyList<string> YearsLater { get; }

    /// <inheritdoc cref="YearsLater"/>
    public IReadOnlyList<string> YearsEarlier { get; }

    /// <summary>The words that may start a period, so a text without any of them is not scanned pattern by pattern.</summary>
    public CueMatcher<PeriodCue> Triggers { get; }

    // Every plain word of the counted phrases, and for each phrase the words it needs: the trigger word of a phrase
    // ("years", "года", "година") is in most sentences that state a year, and the pattern, led by a number or any number
    // word, is tried at nearly every word of them (profiled: a fifth of figure reading's CPU). A sentence holding every
    // word of none of the phrases cannot match any.
    readonly CueMatcher<int> _countedWords;
    readonly ulong[] _countedPhrases;

    /// <summary>Whether the text holds every plain word of some counted phrase ("years" and "later"): only then may <see cref="CountedYears"/> match.</summary>
    public bool MayCountYears(string text)
    {
        if (_countedPhrases.Length == 0) return true;
        var present = 0UL;
        foreach (var hit in _countedWords.Find(text)) present |= 1UL << hit.Value;
        foreach (var needed in _countedPhrases)
            if ((needed & present) == needed) return true;
        return false;
    }

    static (CueMatcher<int> Words, ulong[] Phrases) CountedWordsOf(IEnumerable<string> phrases)
    {
        var words = new Dictionary<string, int>(StringComparer.Ordinal);
        var needs = new List<ulong>();
        foreach (var phrase in phrases)
        {
            var needed = 0UL;
            foreach (var word in PlainWords(phrase))
            {
                if (!words.TryGetValue(word, out var bit)) words[word] = bit = words.Count;
                if (bit < 64) needed |= 1UL << bit;
            }
            needs.Add(needed);
        }
        // More words than a mask holds, or a phrase with no plain word: no gate beyond the trigger words.
        if (words.Count > 64 || needs.Contains(0UL)) return (new CueMatcher<int>([]), []);
        return (new CueMatcher<int>(words.Select(w => (w.Key, w.Value))), [.. needs]);
    }

    static IEnumerable<string> PlainWords(string cue) =>
        cue.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => w.All(char.IsLetter)).Select(w => w.ToLowerInvariant()).Distinct(StringComparer.Ordinal);
    readonly List<(string Prefix, bool Open, int Value)> _ordinals;

    static PeriodWords Load()
    {
        // Its lists mix the languages: a word that may be Kazakh is also spelt in the Kazakh Latin alphabet ("jyly").
        return new PeriodWords(VocabularyFile.Parse("period-words.json", mixedLists: true).Deserialize<JsonElement>());
    }

    PeriodWords(JsonElement root)
    {
        string Words(string name) => CuePattern.Alternation(root.GetProperty(name).EnumerateArray().Select(e => e.GetString()!));
        ThisYear = Words("document_this_year");
        LastYear = Words("document_last_year");
        YearBeforeLast = Words("document_year_before_last");
        NextYear = Words("document_next_year");
        Now = Words("document_now");
        YearBefore = Words("reference_year_before");
        AYearEarlier = Words("reference_a_year_earlier");
        SameYear = Words("reference_same_year");
        Comparison = Words("comparison");
        ComparisonGate = Text.LiteralGate.Of(root.GetProperty("comparison").EnumerateArray().Select(e => e.GetString()!));
        First = Words("first");
        Months = Words("months");
        Quarter = Words("quarter");
        Half = Words("half");
        YearOf = Words("year_of");
        Article = Words("article");
        YearGenitive = Words("year_genitive");
        RangeFrom = Words("range_from");
        RangeTo = Words("range_to");
        InMonth = Words("in_month");
        AfterComparison = Words("after_comparison");
        Until = Words("until");
        Since = Words("since");
        SamePeriodBefore = Words("same_period_before");
        SamePeriodAfter = Words("same_period_after");
        YearWords = CuePattern.Alternation(root.GetProperty("year_words").EnumerateArray().Select(e => e.GetString()!.TrimEnd('.')));
        _ordinals = root.GetProperty("ordinals").EnumerateObject()
            .Select(p => (p.Name.TrimEnd('*'), p.Name.EndsWith('*'), p.Value.GetInt32())).ToList();
        OrdinalPattern = CuePattern.Alternation(root.GetProperty("ordinals").EnumerateObject().Select(p => p.Name));
        IEnumerable<(string, PeriodCue)> List(string name, PeriodCue cue) => root.GetProperty(name).EnumerateArray().Select(e => (e.GetString()!, cue));
        Relative = new CueMatcher<RelativeYear>(RelativeLists.Zip(RelativeKinds).SelectMany(x => List(x.First, PeriodCue.None).Select(w => (w.Item1, x.Second))));
        var later = root.GetProperty("reference_years_later").EnumerateArray().Select(e => e.GetString()!).ToList();
        var earlier = root.GetProperty("reference_years_earlier").EnumerateArray().Select(e => e.GetString()!).ToList();
        CountedYears = CountedPattern(later, earlier);
        (YearsLater, YearsEarlier) = (later, earlier);
        (_countedWords, _countedPhrases) = CountedWordsOf(later.Concat(earlier));
        Triggers = new CueMatcher<PeriodCue>(
            RelativeLists.SelectMany(n => List(n, PeriodCue.Relative))
            // A counted phrase is looked for only where its longest plain word is ("later", "спустя", "жылдан"), not "a".
            .Concat(later.Concat(earlier).Select(c => (LongestWord(c), PeriodCue.CountedYears)))
            .Concat(List("months", PeriodCue.MonthsWord)).Concat(List("quarter", PeriodCue.QuarterWord)).Concat(List("half", PeriodCue.HalfWord))
            .Concat(CalendarWords.MonthPattern.Split('|').Select(m => (m, PeriodCue.MonthName))));
    }

    static string LongestWord(string cue) =>
        cue.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => w.All(char.IsLetter)).MaxBy(w => w.Length) ?? cue;

    static System.Text.RegularExpressions.Regex CountedPattern(List<string> later, List<string> earlier)
    {
        // "#" is escaped by the cue pattern like any sign; it stands for a number: digits, or the number words, the longest
        // first ("он бір" before "он").
        var number = $@"(?<n>\d{{1,2}}|{CuePattern.PrefixOrdered(CalendarWords.NumberWordPattern)})";
        string Alternation(List<string> cues) => CuePattern.Alternation(cues).Replace(@"\#", number, StringComparison.Ordinal);
        return new($@"(?<![\p{{L}}\p{{N}}])(?:(?<later>{Alternation(later)})|(?<earlier>{Alternation(earlier)}))(?![\p{{L}}])", CuePattern.Options);
    }

    /// <summary>"first", "третьем", "четвърто", "екінші" → 1…4.</summary>
    public int? Ordinal(string folded)
    {
        foreach (var (prefix, open, value) in _ordinals)
            if (open ? folded.StartsWith(prefix, StringComparison.Ordinal) : folded == prefix) return value;
        return null;
    }
}
