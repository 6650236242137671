using System.Text.RegularExpressions;
using Bot.Knowledge.Extraction.Vocabulary;

namespace Bot.Knowledge.Extraction;

/// <summary>Month names, number words and ordinals in English, Russian, Bulgarian and Kazakh (embedded calendar.json).</summary>
public static class CalendarWords
{
    /// <param name="Anchor">Null: counted from the item's date ("yesterday"); "stated": from the last day the text stated
    /// before the words ("a day later"), else nothing; "statedOrDocument": from that day, else from the item's date ("накануне").</param>
    internal sealed record RelativeWords(string Unit, int Offset, LanguageWords Words, string? Anchor = null);

    internal sealed record SeasonWords(int[] Months, LanguageWords Words);

    /// <summary>How a text places a weekday: '@' is any form of the day's name; <see cref="Week"/> null is the latest such day
    /// (the next one in a sentence about what is ahead, unless <see cref="Last"/> says "last"), else that day of the item's week moved by it.</summary>
    internal sealed record WeekdayPhrases(int? Week, LanguageWords Words, bool Last = false);

    internal sealed record FractionWords(
        LanguageWords Point, LanguageWords Whole, Dictionary<string, int> Denominators, Dictionary<string, int> DenominatorsBefore, LanguageWords Half,
        LanguageWords OneAndAHalf);

    /// <summary>"накануне": the day before, or "on the eve of" when a genitive follows it (<see cref="ObjectEndings"/>) that is no surname (<see cref="NameEndings"/>).</summary>
    internal sealed record EveWords(LanguageWords Words, LanguageWords ObjectEndings, LanguageWords NameEndings);

    internal sealed record CompoundNumberWords(Dictionary<string, int> Prefixes);

    internal sealed record LoneScaleWordList(LanguageWords Before);

    internal sealed record CalendarFile(
        List<List<string>> Months, Dictionary<string, int> Numbers, Dictionary<string, Dictionary<string, int>> KazakhNumbers,
        Dictionary<string, int> NumberMultipliers, LanguageWords NumberJoiners,
        Dictionary<string, int> Ordinals, List<string> OrdinalSuffixes,
        List<RelativeWords> Relative, List<LanguageWords> Weekdays, List<WeekdayPhrases> WeekdayPhrases, Dictionary<string, LanguageWords> Ago, LanguageWords PreviousMonthMarkers,
        List<SeasonWords> Seasons, LanguageWords YearWords, LanguageWords RangeJoiners, LanguageWords RangeOpeners, LanguageWords YearPrepositions,
        LanguageWords WeekdayNames, LanguageWords DaySuffixes, LanguageWords DayMonthJoiners, LanguageWords DayWords, LanguageWords YearBeforeDay, LanguageWords SameYear,
        LanguageWords FollowingMonthMarkers, LanguageWords DayAfterMonthJoiners, LanguageWords CurrentSeasonMarkers,
        FractionWords NumberFractions, CompoundNumberWords CompoundNumbers, LoneScaleWordList LoneScaleWords, EveWords Eve,
        LanguageWords SeasonBeforeLast, LanguageWords FutureWords, LanguageWords? LastYearMonthMarkers = null);

    internal static CalendarFile File { get; } = WithKazakhLatin(VocabularyFile.Load<CalendarFile>("calendar.json"));

    /// <summary>
    /// The file with each month form also in the Kazakh Latin alphabet ("2024 jylğy 10 şıldede"); its lists under "kk"
    /// are spelt as every vocabulary file's are (<see cref="KazakhLatinForms"/>). Month forms are not listed by language:
    /// a Kazakh one is told by a letter the Bulgarian alphabet lacks (no Russian month name holds one of those).
    /// </summary>
    static CalendarFile WithKazakhLatin(CalendarFile f)
    {
        foreach (var forms in f.Months)
            forms.AddRange(LatinForms(forms.Where(w => w.Any(c => Text.Alphabet.IsKazakhLetter(c) || Text.Alphabet.IsRussianLetter(c)))));
        return f;
    }

    static List<string> LatinForms(IEnumerable<string> words) =>
        [.. words.SelectMany(Text.KazakhLatin.ToLatinForms)];

    static readonly Dictionary<string, int> Months = BuildMonths();

    /// <summary>Every weekday phrase with each form of each day put in for '@', tagged "weekday@week:day" (day 1 = Monday).</summary>
    internal static IEnumerable<(string Phrase, string Tag)> WeekdayPhraseTags() =>
        from p in File.WeekdayPhrases
        from lang in p.Words
        from template in lang.Value
        from day in File.Weekdays.Select((forms, i) => (Forms: forms.GetValueOrDefault(lang.Key) ?? [], Day: i + 1))
        from form in day.Forms
        select (template.Replace("@", form, StringComparison.Ordinal), $"weekday@{p.Week?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? (p.Last ? "latest" : "near")}:{day.Day}");

    /// <summary>"monday", "четверг", "среду": weekday names as a sentence about a date holds them.</summary>
    public static IReadOnlyList<string> WeekdayNames { get; } = [.. File.WeekdayNames.All];

    /// <summary>"th", "-го", "-ти" after a day's number, by language.</summary>
    public static IReadOnlyDictionary<string, List<string>> DaySuffixes => File.DaySuffixes;

    /// <summary>"of" between a day and its month ("9th of June").</summary>
    public static IReadOnlyList<string> DayMonthJoiners { get; } = [.. File.DayMonthJoiners.All];

    /// <summary>"жылғы", "ж." between a year written first and the day ("2025 жылғы 9 маусым").</summary>
    public static IReadOnlyList<string> YearBeforeDay { get; } = [.. File.YearBeforeDay.All];

    /// <summary>"the same year", "того же года", "същата година", "сол жылғы": a date's year is the one the text stated before it.</summary>
    public static Regex SameYear { get; } = new(Phrases.Before + Phrases.Alternation(File.SameYear.All) + Phrases.After, Phrases.Options);

    static readonly Dictionary<string, int> Numbers = WithKazakh(File.Numbers, File.KazakhNumbers.GetValueOrDefault("kk") ?? []);

    /// <summary>
    /// The number words, the Kazakh ones also as each Latin alphabet spells them ("bır", "jiyrma"); a Latin spelling of two
    /// letters ("on" for он) is an English word, not a number — nor is "üş" (үш, three) kept: the words are looked up folded,
    /// and folded it is "us", which read "210 million US dollars" as three dollars.
    /// </summary>
    static Dictionary<string, int> WithKazakh(Dictionary<string, int> words, Dictionary<string, int> kazakh)
    {
        var all = new Dictionary<string, int>(words, StringComparer.Ordinal);
        foreach (var (word, value) in kazakh)
        {
            all[word] = value;
            for (var alphabet = 0; alphabet < Text.KazakhLatin.Alphabets; alphabet++)
                if (Text.TextNormalizer.Fold(Text.KazakhLatin.Spell(word, alphabet)) is { Length: > 2 } folded)
                    all.TryAdd(folded, value);
        }
        return all;
    }

    static readonly Dictionary<string, int> Multipliers = File.NumberMultipliers.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);

    static readonly HashSet<string> Joiners = File.NumberJoiners.All.ToHashSet(StringComparer.Ordinal);

    static readonly (Regex Pattern, int Value)[] OrdinalWords = File.Ordinals
        .Select(p => (new Regex("^" + Phrases.Pattern(p.Key) + "$", Phrases.Options), p.Value)).ToArray();

    static Dictionary<string, int> BuildMonths()
    {
        var d = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < File.Months.Count; i++)
            foreach (var f in File.Months[i]) d[Text.TextNormalizer.Fold(f)] = i + 1;
        return d;
    }

    public static int? Month(string foldedWord) => Months.TryGetValue(foldedWord, out var m) ? m : null;

    static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> TimeWords = new HashSet<string>(
        Months.Keys.Concat(File.YearWords.All).Concat(File.YearPrepositions.All).Concat(File.DayMonthJoiners.All).Concat(File.YearBeforeDay.All),
        StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>A word a phrase naming a time is made of, besides its numbers: a month, "year", "г", "през", "of".</summary>
    public static bool IsTimeWord(ReadOnlySpan<char> word) => TimeWords.Contains(word);

    /// <summary>A small count written as digits or as a word ("4", "four", "четырех", "четири", "төрт").</summary>
    public static int? SmallNumber(string foldedWord) =>
        int.TryParse(foldedWord, out var n) ? n : Numbers.TryGetValue(foldedWord, out var w) ? w : null;

    /// <summary>A word that multiplies the number before it ("hundred" in "three hundred"), or null.</summary>
    public static int? NumberMultiplier(string foldedWord) => Multipliers.TryGetValue(foldedWord, out var m) ? m : null;

    /// <summary>A word that joins the parts of one number written in words ("and" in "one hundred and five").</summary>
    public static bool IsNumberJoiner(string foldedWord) => Joiners.Contains(foldedWord);

    /// <summary>An ordinal written as a word or with digits ("fifth", "пятое", "петото", "бесінші", "5th", "5-е").</summary>
    public static int? Ordinal(string word)
    {
        // [0-9], not \d: \d also matches Arabic-Indic and other digits that int.Parse refuses.
        var digits = Regex.Match(word, @"^([0-9]{1,3})(?:\.|-?\p{L}{1,5})?$");
        if (digits.Success) return int.Parse(digits.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        foreach (var (pattern, value) in OrdinalWords)
            if (pattern.IsMatch(word)) return value;
        return null;
    }

    // Folded and as written: a pattern may run on either ("şılde", folded "sılde").
    public static string MonthPattern { get; } = string.Join('|', Months.Keys.Union(File.Months.SelectMany(f => f)).OrderByDescending(k => k.Length));

    /// <summary>Month names without the short Latin abbreviations ("Jan", "Mar"), for a month that stands alone.</summary>
    public static string FullMonthPattern { get; } = string.Join('|', Months.Keys
        .Where(k => k.Length > 4 || !k.All(char.IsAsciiLetter) || k is "may" or "june" or "july").OrderByDescending(k => k.Length));

    /// <summary>Every count written as a word ("десять", "десет", "он"), as the calendar file lists them.</summary>
    public static IEnumerable<string> NumberWords => Numbers.Keys;

    public static string NumberWordPattern { get; } = string.Join('|', Numbers.Keys.OrderByDescending(k => k.Length));

    /// <summary>Ordinal words and digit ordinals ("5th", "5-е", "5-ото", "5-ші") as one group, no boundaries.</summary>
    public static string OrdinalPattern { get; } =
        @"(?:\d{1,3}(?:" + string.Join('|', File.OrdinalSuffixes.OrderByDescending(s => s.Length).Select(Regex.Escape)) + ")|" +
        Phrases.Alternation(File.Ordinals.Keys) + ")";
}
