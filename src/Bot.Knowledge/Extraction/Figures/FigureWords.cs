using Bot.Knowledge.Extraction.Vocabulary;
using System.Buffers;
using System.Text.Json;
using System.Text.RegularExpressions;
using Bot.Knowledge.Metrics;
using Bot.Knowledge.Text;

namespace Bot.Knowledge.Extraction.Figures;

/// <summary>
/// The words around a stated figure (embedded figure-words.json) compiled once: scale words and currencies for money,
/// percent signs, qualifiers before and after an amount, growth wording, "mostly"-type words and "of them".
/// </summary>
internal sealed class FigureWords
{
    /// <summary>A number as the four languages write it: "375.2", "375,2", "1,000", "1 000", "1.234,5" (dots part the thousands only before a decimal comma: "1.234" alone stays 1.234).</summary>
    public const string Number = @"(?<num>\d{1,3}(?:[\u00A0\u202F\u2009 ,'’]\d{3})+(?:[.,]\d+)?|\d{1,3}(?:\.\d{3})+,\d+|\d+(?:[.,]\d+)?)";

    // Declared before Default: static initializers run in text order.
    // New options for the one read, not kept: see VocabularyFile.
    static JsonSerializerOptions JsonOptions => new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    public static FigureWords Default { get; } = Load();

    readonly Dictionary<string, string> _scaleOf = new(StringComparer.Ordinal);
    readonly List<(string Currency, Regex Words)> _currencies = [];

    /// <summary>The money amounts with a currency or a scale, read by hand from these words (<see cref="MoneyFinder"/> asks it).</summary>
    public MoneyScanner Money { get; }
    // The expressions the scanner replaced, built only when asked: the oracle test holds the scanner against them.
    readonly Lazy<Regex> _moneyPrefixed, _moneySuffixed, _moneyElliptic;
    /// <summary>"$375 million": what <see cref="MoneyScanner.Prefixed"/> reads, as an expression (for the oracle test only).</summary>
    public Regex MoneyPrefixed => _moneyPrefixed.Value;
    /// <summary>"375,2 млн долларов": what <see cref="MoneyScanner.Suffixed"/> reads, as an expression (for the oracle test only).</summary>
    public Regex MoneySuffixed => _moneySuffixed.Value;
    /// <summary>"95,2 млн." — an amount with a scale and no currency, which takes the currency of its neighbours: what <see cref="MoneyScanner.Elliptic"/> reads (for the oracle test only).</summary>
    public Regex MoneyElliptic => _moneyElliptic.Value;
    /// <summary>"Exports (US$ million): 120.5", "Износ, млн долара: 80": a value after a label that states its unit, as a table row reads.</summary>
    public Regex MoneyLabelled { get; }
    /// <summary>A currency word or sign anywhere in a text ("US$ million", "млн долл. США").</summary>
    public Regex CurrencyWord { get; }
    /// <summary>A scale word anywhere in a text, the short Latin forms included (a unit label is read against its currency).</summary>
    public Regex ScaleWord { get; }
    /// <summary>A text made of nothing but currency and scale words ("US$ million", "млн. лв.").</summary>
    public Regex OnlyUnitWords { get; }
    /// <summary>
    /// A unit stated with no number before it ("in millions of US dollars", "млн долларов США", "US$ million"), as a
    /// sentence introducing a table or a note under it states the unit of the table's values.
    /// </summary>
    public Regex StatedUnit { get; }
    public Regex Percent { get; }
    public Regex QualifierBefore { get; }
    public Regex QualifierAfter { get; }

    // Cheap tests that the qualifier and growth expressions can match: read beside every amount, and most have none.
    // (Measured per sentence: the money, scale and currency expressions are as fast as a gate would be, these far slower.)
    readonly LiteralGate _qualifierBeforeGate;
    readonly LiteralGate _qualifierAfterGate;
    readonly LiteralGate _riseGate;
    readonly LiteralGate _fallGate;

    /// <summary><see cref="QualifierBefore"/>'s match in <paramref name="text"/> (unsuccessful when none), without running it on a text that cannot hold one.</summary>
    public Match QualifierBeforeIn(string text) => _qualifierBeforeGate.MayMatch(text) ? QualifierBefore.Match(text) : Match.Empty;

    /// <summary><see cref="QualifierAfter"/>'s match, likewise.</summary>
    public Match QualifierAfterIn(string text) => _qualifierAfterGate.MayMatch(text) ? QualifierAfter.Match(text) : Match.Empty;

    /// <summary>Whether <see cref="Rise"/> matches, likewise.</summary>
    public bool Rises(string text) => _riseGate.MayMatch(text) && Rise.IsMatch(text);

    /// <summary>Whether <see cref="Fall"/> matches, likewise.</summary>
    public bool Falls(string text) => _fallGate.MayMatch(text) && Fall.IsMatch(text);

    public Regex Times { get; }
    /// <summary>The words "times", "fold", "раза"…: <see cref="Times"/> runs only where one of them is (also inside "elevenfold").</summary>
    public IReadOnlyList<string> TimesWords { get; }
    /// <summary>
    /// "three times a week", "три раза в неделю", "үш рет": a number of times and how often, read right after the number;
    /// group "per" names the period ("week") when a frequency phrase follows.
    /// </summary>
    public Regex TimesAfterNumber { get; }
    /// <summary>"аптасына": a frequency phrase right before a number of times (the Kazakh order), group "per" its period.</summary>
    public Regex FrequencyBeforeNumber { get; }
    /// <summary>A frequency phrase right after a factor's "times" ("… раза в неделю"): how often, not how much more.</summary>
    public Regex FrequencyAfter { get; }
    /// <summary>The periods a frequency names: the group names of <see cref="TimesAfterNumber"/> and <see cref="FrequencyBeforeNumber"/>.</summary>
    public IReadOnlyList<string> FrequencyPeriods { get; }
    // Where one of TimesWords ends a word: a times word starting a longer one ("раз" in "развитие", "разговори") is the
    // common case in Russian and Bulgarian news, and the pattern, with every number word in it, is slow to run for nothing.
    readonly WordEndSearch _timesWordEnds;

    /// <summary>Whether <see cref="Times"/> can match: one of <see cref="TimesWords"/> ending a word (also inside "elevenfold"), as the pattern needs it.</summary>
    public bool MayStateTimes(string sentence) => _timesWordEnds.EndsAWord(sentence);

    public CueMatcher<double> Multiplier { get; }
    public Regex Rise { get; }
    public Regex Fall { get; }
    public Regex ResultWord { get; }
    public Regex BaseWord { get; }
    public Regex Composition { get; }

    /// <summary>"of which", "из них", "от които", "оның ішінде": the amount after it is a part of the one before it.</summary>
    public Regex PartOf { get; }

    /// <summary>"when" after a period compared with ("than a year earlier, when it was …"): the amount after it is that period's.</summary>
    public Regex ComparedWhen { get; }
    /// <summary>A table row's label naming the total of the rows ("Total", "Общо", "Барлығы").</summary>
    public Regex Total { get; }

    /// <summary>A table column's header that only says "the value" ("Value", "Стойност", "Объём", "Сомасы"), no item of a breakdown.</summary>
    public Regex ValueHeader { get; }
    /// <summary>"it", "он", "той", "ол": a word standing for what the previous sentence measured.</summary>
    public Regex Anaphor { get; }
    public string ScalePattern { get; }
    /// <summary>A currency word right after a number written in words ("… миллионов долларов", "… million dollars").</summary>
    public Regex CurrencyAfter { get; }
    /// <summary>Each unit of measure with its words right after a number (<c>\G</c>, after a space or a hyphen) and as a whole word.</summary>
    public IReadOnlyList<(string Unit, Regex AfterNumber, Regex Word)> Units { get; }

    /// <summary>Every scale word as figure-words.json lists it ("million", "тысяч*").</summary>
    public IReadOnlyList<string> AllScales { get; }

    static FigureWords Load()
    {
        // Its lists mix the languages: a word that may be Kazakh is also spelt in the Kazakh Latin alphabet ("paiyz*").
        return new FigureWords(VocabularyFile.Parse("figure-words.json", mixedLists: true).Deserialize<FigureWordsFile>(JsonOptions)!);
    }

    FigureWords(FigureWordsFile f)
    {
        // Only the percent pattern (and the money ones the scanner replaced, for its oracle), tried on every sentence with a digit, is compiled; the rest run on few sentences.
        const RegexOptions hot = CuePattern.Options | RegexOptions.Compiled;
        const RegexOptions cold = CuePattern.Options;
        foreach (var (scale, words) in f.Scales)
            foreach (var w in words) _scaleOf[w.TrimEnd('*')] = scale;
        var allScales = f.Scales.Values.SelectMany(w => w).ToList();
        AllScales = allScales;
        // One- and two-letter Latin abbreviations (m, bn, mn) are scales only against a currency sign.
        var longScales = allScales.Where(w => w.Length > 2 || !IsLatin(w)).ToList();
        ScalePattern = $@"(?<scale>{CuePattern.Alternation(longScales)})\.?(?![\p{{L}}])";
        var anyScale = $@"(?<scale>{CuePattern.Alternation(allScales)})\.?(?![\p{{L}}])";
        Units = f.Units.Select(u => (u.Key,
            // No space at all only after a number glued to its unit ("двухдневный"): digits glued to letters are no number.
            new Regex($@"\G(?:[\s\u00A0]*|[\s\u00A0]*-[\s\u00A0]*)(?:{CuePattern.Alternation(u.Value)})(?![\p{{L}}])", cold),
            new Regex($"^(?:{CuePattern.Alternation(u.Value)})$", cold))).ToList();
        foreach (var (cur, words) in f.Currencies)
            _currencies.Add((cur, new Regex($"^(?:{CuePattern.Alternation(words.Prefix.Concat(words.Suffix))})", CuePattern.Options)));
        var prefixes = CuePattern.Alternation(f.Currencies.Values.SelectMany(c => c.Prefix));
        var suffixes = CuePattern.Alternation(f.Currencies.Values.SelectMany(c => c.Suffix));
        _moneyPrefixed = new(() => new Regex($@"(?<cur>{prefixes})\s?{Number}(?:\s*{anyScale})?", hot));
        _moneySuffixed = new(() => new Regex($@"(?<![\p{{L}}\p{{N}}$€.,]){Number}\s*(?:{ScalePattern}\s*)?(?<cur>{suffixes})\.?(?:\s*(?:{CuePattern.Alternation(f.CurrencyCountry)}))?(?![\p{{L}}])", hot));
        Money = new MoneyScanner(f.Currencies.Values.SelectMany(c => c.Prefix), f.Currencies.Values.SelectMany(c => c.Suffix), f.CurrencyCountry, longScales, allScales);
        CurrencyAfter = new Regex($@"\G[\s\u00A0]*(?<cur>{suffixes})\.?(?:\s*(?:{CuePattern.Alternation(f.CurrencyCountry)}))?(?![\p{{L}}])", cold);
        var scalePattern = ScalePattern;
        _moneyElliptic = new(() => new Regex($@"(?<![\p{{L}}\p{{N}}$€.,]){Number}\s*{scalePattern}(?=\s*(?:[,;:.)—–-]|$))", cold));
        MoneyLabelled = new Regex($@"(?:\((?<unit>[^()]{{1,40}})\)|,(?<unit>[^,;:()]{{1,40}}))\s*:\s*{Number}(?![\p{{L}}\p{{N}}%])(?![.,]\d)", cold);
        var currencyWord = $@"(?<![\p{{L}}])(?:{prefixes}|{suffixes})\.?(?![\p{{L}}])(?:\s*(?:{CuePattern.Alternation(f.CurrencyCountry)})(?![\p{{L}}]))?";
        CurrencyWord = new Regex(currencyWord, cold);
        ScaleWord = new Regex($@"(?<![\p{{L}}]){anyScale}", cold);
        // A scale, at most two words (of, US, щатски, АҚШ), then a currency; or a currency sign or code, then a scale.
        StatedUnit = new Regex($@"(?<![\p{{N}}][\s\u00A0.,]{{0,3}})(?<![\p{{L}}]){anyScale}(?:\s+(?!\d)[\p{{L}}.]+){{0,2}}?\s*{currencyWord}|(?<![\p{{N}}][\s\u00A0.,]{{0,3}})(?<![\p{{L}}])(?:{prefixes})\s*{anyScale}", cold);
        OnlyUnitWords = new Regex($@"^[\s\p{{P}}]*(?:(?:{currencyWord}|(?<![\p{{L}}]){anyScale})[\s\p{{P}}]*)+$", cold);
        Percent = new Regex($@"(?<![\p{{L}}\p{{N}}.,]){Number}\s*(?:%|(?:{CuePattern.Alternation(f.Percent.Where(p => p != "%"))})(?![\p{{L}}]))", hot);
        QualifierBefore = new Regex($@"(?:{Groups(f.Qualifiers.Before)})[\s(]*$", cold | RegexOptions.RightToLeft);
        QualifierAfter = new Regex($@"^[\s)]*(?:{Groups(f.Qualifiers.After)})", cold);
        _qualifierBeforeGate = LiteralGate.Of(f.Qualifiers.Before.Values.SelectMany(w => w));
        _qualifierAfterGate = LiteralGate.Of(f.Qualifiers.After.Values.SelectMany(w => w));
        var numberWord = CuePattern.PrefixOrdered(CalendarWords.NumberWordPattern);
        Times = new Regex($@"(?<![\p{{L}}\p{{N}}])(?:(?:{CuePattern.Alternation(f.Growth.TimesBefore)})\s+)?(?<f>\d+(?:[.,]\d+)?|{numberWord})(?:\s*|-)(?:{CuePattern.Alternation(f.Growth.Times)})(?![\p{{L}}])", cold);
        TimesWords = f.Growth.Times;
        var per = string.Join('|', f.Frequency.Per.Select(kv => $"(?<{kv.Key}>{CuePattern.Alternation(kv.Value)})"));
        TimesAfterNumber = new Regex($@"\G(?:\s*|-)(?:{CuePattern.Alternation(f.Growth.Times.Concat(f.Frequency.Times))})(?![\p{{L}}])(?:[\s,]*(?:{per})(?![\p{{L}}]))?", cold);
        FrequencyBeforeNumber = new Regex($@"(?<![\p{{L}}])(?:{per})\s*$", cold | RegexOptions.RightToLeft);
        FrequencyAfter = new Regex($@"\G[\s,]*(?:{per})(?![\p{{L}}])", cold);
        FrequencyPeriods = f.Frequency.Per.Keys.ToList();
        _timesWordEnds = new WordEndSearch(f.Growth.Times);
        Multiplier = new CueMatcher<double>(f.Growth.Multipliers.Select(m => (m.Key, m.Value)));
        Rise = CuePattern.Compile(f.Growth.Rise);
        Fall = CuePattern.Compile(f.Growth.Fall);
        _riseGate = LiteralGate.Of(f.Growth.Rise);
        _fallGate = LiteralGate.Of(f.Growth.Fall);
        ResultWord = new Regex($@"^[\s,]*(?:{CuePattern.Alternation(f.Growth.Result)})[\s]*$", CuePattern.Options);
        BaseWord = new Regex($@"(?<![\p{{L}}])(?:{CuePattern.Alternation(f.Growth.Base)})(?![\p{{L}}])", CuePattern.Options);
        Composition = CuePattern.Compile(f.Composition);
        PartOf = CuePattern.Compile(f.PartOf ?? []);
        ComparedWhen = CuePattern.Compile(f.ComparedWhen ?? []);
        Total = CuePattern.Compile(f.Totals ?? []);
        ValueHeader = new Regex($@"^[\s,]*(?:{CuePattern.Alternation(f.ValueHeaders ?? ["value"])})[\s,.:]*$", CuePattern.Options);
        // Compiled: tried on every sentence with a digit that names no metric, and its short words ("it", "он") are in most.
        Anaphor = CuePattern.Compile(f.Anaphora, hot: true);
    }

    static string Groups(Dictionary<string, List<string>> byName) => string.Join('|',
        byName.SelectMany(kv => kv.Value.Select(w => (kv.Key, w))).OrderByDescending(x => x.w.Length)
            .Select(x => $@"(?<![\p{{L}}])(?<{x.Key}>{CuePattern.Alternation([x.w])})(?![\p{{L}}])"));

    static bool IsLatin(string w) => w.All(c => c < 0x80);

    /// <summary>"million", "млн", "хил." → million / thousand / billion; empty → one.</summary>
    public string ScaleOf(string word)
    {
        var w = word.ToLowerInvariant().TrimEnd('.');
        if (w.Length == 0) return "one";
        if (_scaleOf.TryGetValue(w, out var s)) return s;
        foreach (var (prefix, scale) in _scaleOf)
            if (prefix.Length > 2 && w.StartsWith(prefix, StringComparison.Ordinal)) return scale;
        return "one";
    }

    /// <summary>"$", "долларов", "лв." → USD / BGN …; USD when nothing matches (the usual currency of these statistics).</summary>
    public string UnitOf(string currencyText)
    {
        foreach (var (cur, words) in _currencies)
            if (words.IsMatch(currencyText)) return cur;
        return "USD";
    }

    /// <summary>The qualifier group that matched ("more_than", "nearly", "about", "less_than"), or "exact".</summary>
    public static string QualifierOf(Match m)
    {
        if (!m.Success) return "exact";
        foreach (var name in new[] { "more_than", "nearly", "about", "less_than" })
            if (m.Groups[name].Success) return name;
        return "exact";
    }
}
