using System.Buffers;
using Bot.Knowledge.Metrics;

namespace Bot.Knowledge.Extraction.Figures;

/// <summary>
/// Money amounts read by hand from figure-words.json's currency and scale words: "US$ 27.4 mn" (a currency before the
/// number), "27,4 млн щатски долара" (a currency after it, a scale between), "95,2 млн." (a scale and no currency). It
/// finds what the expressions it replaced found (<see cref="FigureWords.MoneyPrefixed"/>,
/// <see cref="FigureWords.MoneySuffixed"/>, <see cref="FigureWords.MoneyElliptic"/>), match for match
/// and span for span, trying the same alternatives in the same order a backtracking engine tries them; the oracle test
/// (MoneyScannerOracleTests) holds the two against each other over the corpora. Those expressions were a tenth of a
/// figures pass and compiling them 0.2 s of every ingestion run's start; this reads each place a match can begin once:
/// a currency sign or word's first letter, or a digit.
/// </summary>
internal sealed class MoneyScanner
{
    /// <summary>A match and its parts (a part not present has length 0), as offsets into the text.</summary>
    public readonly record struct Hit(int Index, int Length, int Num, int NumLength, int Scale, int ScaleLength, int Currency, int CurrencyLength)
    {
        public int End => Index + Length;
    }

    readonly Phrase[] _prefixes;
    readonly Phrase[] _suffixes;
    readonly Phrase[] _countries;
    // The scales standing alone (no one- or two-letter Latin abbreviation) and all of them (after a currency sign).
    readonly Phrase[] _longScales;
    readonly Phrase[] _allScales;
    // Where a prefixed match can begin: a character that folds to a currency prefix's first character.
    readonly SearchValues<char> _prefixStarts;
    // What may stand right after a number of a suffixed or elliptic match: a space, or a scale's or currency's first character.
    readonly bool[] _afterNumber = new bool[char.MaxValue + 1];
    readonly bool[] _afterNumberElliptic = new bool[char.MaxValue + 1];

    // Every decimal digit (\d: the regular expressions' digits are Unicode's, not ASCII's only).
    static readonly SearchValues<char> Digits = SearchValues.Create(Enumerable.Range(0, char.MaxValue + 1).Select(c => (char)c).Where(char.IsDigit).ToArray());

    // The number's separators of thousands (FigureWords.Number: [\u00A0\u202F\u2009 ,'’]).
    static bool IsThousands(char c) => c is '\u00A0' or '\u202F' or '\u2009' or ' ' or ',' or '\'' or '\u2019';

    /// <summary>Every currency, country and scale word the scanner reads, as the file lists them.</summary>
    public IReadOnlyList<string> Words { get; }

    public MoneyScanner(IEnumerable<string> prefixes, IEnumerable<string> suffixes, IEnumerable<string> countries, IEnumerable<string> longScales, IEnumerable<string> allScales)
    {
        Words = [.. prefixes, .. suffixes, .. countries, .. allScales];
        (_prefixes, _suffixes, _countries) = (Phrase.InOrder(prefixes), Phrase.InOrder(suffixes), Phrase.InOrder(countries));
        (_longScales, _allScales) = (Phrase.InOrder(longScales), Phrase.InOrder(allScales));
        var prefixFirst = _prefixes.Select(p => p.First).ToHashSet();
        var afterNumber = _longScales.Concat(_suffixes).Select(p => p.First).ToHashSet();
        var afterElliptic = _longScales.Select(p => p.First).ToHashSet();
        var starts = new List<char>();
        for (var i = 0; i <= char.MaxValue; i++)
        {
            var c = (char)i;
            var key = FoldedText.FoldChar(c);
            if (prefixFirst.Contains(key)) starts.Add(c);
            _afterNumber[i] = char.IsWhiteSpace(c) || afterNumber.Contains(key);
            _afterNumberElliptic[i] = char.IsWhiteSpace(c) || afterElliptic.Contains(key);
        }
        _prefixStarts = SearchValues.Create(starts.ToArray());
    }

    /// <summary>"US$ 27.4 mn", "$1,2 bn", "€40m": a currency sign or code, a number, maybe a scale (FigureWords' former MoneyPrefixed).</summary>
    public List<Hit> Prefixed(string text)
    {
        var hits = new List<Hit>();
        var from = 0;
        while (from < text.Length)
        {
            var at = text.AsSpan(from).IndexOfAny(_prefixStarts);
            if (at < 0) break;
            var i = from + at;
            if (PrefixedAt(text, i) is { } hit)
            {
                hits.Add(hit);
                from = hit.End;
            }
            else from = i + 1;
        }
        return hits;
    }

    /// <summary>"27,4 млн щатски долара", "1 200,5 хил. лв.": a number, maybe a scale, a currency word (FigureWords' former MoneySuffixed).</summary>
    public List<Hit> Suffixed(string text) => FromDigits(text, elliptic: false);

    /// <summary>"95,2 млн.": a number and a scale ending a clause, no currency (FigureWords' former MoneyElliptic).</summary>
    public List<Hit> Elliptic(string text) => FromDigits(text, elliptic: true);

    List<Hit> FromDigits(string text, bool elliptic)
    {
        var hits = new List<Hit>();
        var from = 0;
        while (from < text.Length)
        {
            var at = text.AsSpan(from).IndexOfAny(Digits);
            if (at < 0) break;
            var i = from + at;
            // (?<![\p{L}\p{N}$€.,]): no number begins inside a word, a number or after a sign.
            var hit = i > 0 && text[i - 1] is var before && (char.IsLetter(before) || char.IsNumber(before) || before is '$' or '€' or '.' or ',')
                ? null
                : elliptic ? EllipticAt(text, i) : SuffixedAt(text, i);
            if (hit is { } h)
            {
                hits.Add(h);
                from = h.End;
            }
            else from = i + 1;
        }
        return hits;
    }

    /// <summary>
    /// The numbers written in digits that stand alone ("10 228", "4,5"; not "5th", "2024zh", "v1.2"): their spans, as
    /// NumberReader's former expression found them (<see cref="FigureWords.Number"/> with no letter, digit, dot or comma
    /// touching it).
    /// </summary>
    public static List<(int Index, int Length)> Numbers(string text)
    {
        var found = new List<(int, int)>();
        Span<int> ends = stackalloc int[16];
        var from = 0;
        while (from < text.Length)
        {
            var at = text.AsSpan(from).IndexOfAny(Digits);
            if (at < 0) break;
            var i = from + at;
            var end = -1;
            if (i == 0 || !(char.IsLetter(text[i - 1]) || char.IsNumber(text[i - 1]) || text[i - 1] is '.' or ','))
            {
                var count = NumberEnds(text, i, ref ends);
                for (var k = 0; k < count && end < 0; k++)
                    if (ends[k] == text.Length || !(char.IsLetter(text[ends[k]]) || char.IsNumber(text[ends[k]]))) end = ends[k];
            }
            if (end > i)
            {
                found.Add((i, end - i));
                from = end;
            }
            else from = i + 1;
        }
        return found;
    }

    /// <summary>
    /// A scale word right at <paramref name="at"/>, spaces aside ("… 4.5 million", "11 тыс."): the scale word's span and
    /// where the match ends (its dot taken), as NumberReader's former \G expression read it; null when none stands there.
    /// </summary>
    public (int Scale, int ScaleLength, int End)? ScaleAfter(string text, int at)
    {
        Span<int> scales = stackalloc int[8];
        var w = SkipSpaces(text, at);
        var count = Ends(_longScales, text, w, ref scales);
        for (var j = 0; j < count; j++)
            if (AfterWord(text, scales[j], out var end)) return (w, scales[j] - w, end);
        return null;
    }

    Hit? PrefixedAt(string text, int i)
    {
        Span<int> ends = stackalloc int[8];
        Span<int> scales = stackalloc int[8];
        var count = Ends(_prefixes, text, i, ref ends);
        for (var k = 0; k < count; k++)
        {
            var currencyEnd = ends[k];
            // \s? then the number: with the space first, then without.
            for (var s = currencyEnd < text.Length && char.IsWhiteSpace(text[currencyEnd]) ? currencyEnd + 1 : currencyEnd; s >= currencyEnd; s--)
            {
                // What follows the number is optional: the first way the number reads is the match's.
                if (FirstNumberEnd(text, s) is not { } numberEnd) continue;
                var end = numberEnd;
                var (scale, scaleLength) = (0, 0);
                var w = SkipSpaces(text, numberEnd);
                var scaleCount = Ends(_allScales, text, w, ref scales);
                for (var j = 0; j < scaleCount; j++)
                    if (AfterWord(text, scales[j], out var afterScale))
                    {
                        (end, scale, scaleLength) = (afterScale, w, scales[j] - w);
                        break;
                    }
                return new Hit(i, end - i, s, numberEnd - s, scale, scaleLength, i, currencyEnd - i);
            }
        }
        return null;
    }

    Hit? SuffixedAt(string text, int i)
    {
        Span<int> numbers = stackalloc int[16];
        var numberCount = NumberEnds(text, i, ref numbers);
        Span<int> scales = stackalloc int[8];
        for (var k = 0; k < numberCount; k++)
        {
            var numberEnd = numbers[k];
            if (numberEnd < text.Length && !_afterNumber[text[numberEnd]] || numberEnd == text.Length) continue;
            var w = SkipSpaces(text, numberEnd);
            // (?:scale\.?(?![\p{L}])\s*)? then the currency: with the scale first (each way it ends), then without.
            var scaleCount = Ends(_longScales, text, w, ref scales);
            for (var j = 0; j < scaleCount; j++)
            {
                var scaleEnd = scales[j];
                if (scaleEnd < text.Length && text[scaleEnd] == '.' && !LetterAt(text, scaleEnd + 1)
                    && CurrencyAt(text, SkipSpaces(text, scaleEnd + 1)) is var (c1, e1, end1) && end1 > 0)
                    return new Hit(i, end1 - i, i, numberEnd - i, w, scaleEnd - w, c1, e1 - c1);
                if (!LetterAt(text, scaleEnd) && CurrencyAt(text, SkipSpaces(text, scaleEnd)) is var (c2, e2, end2) && end2 > 0)
                    return new Hit(i, end2 - i, i, numberEnd - i, w, scaleEnd - w, c2, e2 - c2);
            }
            if (CurrencyAt(text, w) is var (c, e, end) && end > 0)
                return new Hit(i, end - i, i, numberEnd - i, 0, 0, c, e - c);
        }
        return null;
    }

    /// <summary>
    /// A currency word at <paramref name="at"/> and the match's end after it ((?&lt;cur&gt;…)\.?(?:\s*country)?(?![\p{L}])):
    /// its start, its end and the match's end; the match's end is 0 when none reads there.
    /// </summary>
    (int Start, int End, int MatchEnd) CurrencyAt(string text, int at)
    {
        Span<int> ends = stackalloc int[8];
        var count = Ends(_suffixes, text, at, ref ends);
        Span<int> countries = stackalloc int[4];
        for (var k = 0; k < count; k++)
        {
            var currencyEnd = ends[k];
            // \.? with the dot first, then without.
            for (var p = currencyEnd < text.Length && text[currencyEnd] == '.' ? currencyEnd + 1 : currencyEnd; p >= currencyEnd; p--)
            {
                var countryCount = Ends(_countries, text, SkipSpaces(text, p), ref countries);
                for (var j = 0; j < countryCount; j++)
                    if (!LetterAt(text, countries[j])) return (at, currencyEnd, countries[j]);
                if (!LetterAt(text, p)) return (at, currencyEnd, p);
            }
        }
        return (0, 0, 0);
    }

    Hit? EllipticAt(string text, int i)
    {
        Span<int> numbers = stackalloc int[16];
        var numberCount = NumberEnds(text, i, ref numbers);
        Span<int> scales = stackalloc int[8];
        for (var k = 0; k < numberCount; k++)
        {
            var numberEnd = numbers[k];
            if (numberEnd == text.Length || !_afterNumberElliptic[text[numberEnd]]) continue;
            var w = SkipSpaces(text, numberEnd);
            var scaleCount = Ends(_longScales, text, w, ref scales);
            for (var j = 0; j < scaleCount; j++)
            {
                var scaleEnd = scales[j];
                if (scaleEnd < text.Length && text[scaleEnd] == '.' && !LetterAt(text, scaleEnd + 1) && EndsClause(text, scaleEnd + 1))
                    return new Hit(i, scaleEnd + 1 - i, i, numberEnd - i, w, scaleEnd - w, 0, 0);
                if (!LetterAt(text, scaleEnd) && EndsClause(text, scaleEnd))
                    return new Hit(i, scaleEnd - i, i, numberEnd - i, w, scaleEnd - w, 0, 0);
            }
        }
        return null;
    }

    // (?=\s*(?:[,;:.)—–-]|$)): a stop, a bracket or a dash after the spaces, or the text's end.
    static bool EndsClause(string text, int at)
    {
        var q = SkipSpaces(text, at);
        return q == text.Length || text[q] is ',' or ';' or ':' or '.' or ')' or '\u2014' or '\u2013' or '-';
    }

    /// <summary>
    /// After a word: \.?(?![\p{L}]) — the dot taken when no letter follows it, else no letter may follow the word. The
    /// match's end after it, and whether it reads at all.
    /// </summary>
    static bool AfterWord(string text, int wordEnd, out int end)
    {
        var dot = wordEnd < text.Length && text[wordEnd] == '.' && !LetterAt(text, wordEnd + 1);
        end = dot ? wordEnd + 1 : wordEnd;
        return dot || !LetterAt(text, wordEnd);
    }

    static bool LetterAt(string text, int i) => i < text.Length && char.IsLetter(text[i]);

    static int SkipSpaces(string text, int i)
    {
        while (i < text.Length && char.IsWhiteSpace(text[i])) i++;
        return i;
    }

    /// <summary>
    /// The ends of the phrases that read at <paramref name="at"/>, each once, in the order the alternation tries them
    /// (the text a phrase covers, and so what can follow it, depends only on where it ends).
    /// </summary>
    static int Ends(Phrase[] phrases, string text, int at, ref Span<int> ends)
    {
        if (at >= text.Length) return 0;
        var first = FoldedText.FoldChar(text[at]);
        var count = 0;
        foreach (var p in phrases)
        {
            if (p.First != first) continue;
            var end = p.EndAt(text, at);
            if (end < 0 || ends[..count].Contains(end)) continue;
            if (count == ends.Length)
            {
                var larger = new int[count * 2];
                ends.CopyTo(larger);
                ends = larger;
            }
            ends[count++] = end;
        }
        return count;
    }

    /// <summary>
    /// Where <see cref="FigureWords.Number"/> can end when read from <paramref name="i"/>, in the order the expression
    /// tries them: "1 234,5" (groups of three), then "1.234,5" (dots for thousands before a decimal comma), then "1234,5";
    /// each longest first, then shorter as a backtracking engine gives its quantifiers back.
    /// </summary>
    static int NumberEnds(string text, int i, ref Span<int> ends)
    {
        var count = 0;
        var digits = DigitsFrom(text, i);
        if (digits == 0) return 0;
        var j = i + digits;
        // \d{1,3}(?:[sep]\d{3})+(?:[.,]\d+)? — the leading digits can only be all of them: a separator must follow.
        if (digits <= 3)
        {
            var groups = 0;
            while (j + 4 * groups + 3 < text.Length && IsThousands(text[j + 4 * groups]) && DigitsFrom(text, j + 4 * groups + 1) >= 3) groups++;
            for (var g = groups; g >= 1; g--)
            {
                var e = j + 4 * g;
                AddDecimals(text, e, ref ends, ref count, comma: true, dot: true);
                Add(ref ends, ref count, e);
            }
            // \d{1,3}(?:\.\d{3})+,\d+
            var dots = 0;
            while (j + 4 * dots + 3 < text.Length && text[j + 4 * dots] == '.' && DigitsFrom(text, j + 4 * dots + 1) >= 3) dots++;
            for (var g = dots; g >= 1; g--)
                AddDecimals(text, j + 4 * g, ref ends, ref count, comma: true, dot: false);
        }
        // \d+(?:[.,]\d+)?
        AddDecimals(text, j, ref ends, ref count, comma: true, dot: true);
        for (var k = digits; k >= 1; k--) Add(ref ends, ref count, i + k);
        return count;
    }

    /// <summary>The first way <see cref="FigureWords.Number"/> reads from <paramref name="i"/>: its end, or null.</summary>
    static int? FirstNumberEnd(string text, int i)
    {
        Span<int> ends = stackalloc int[16];
        return NumberEnds(text, i, ref ends) > 0 ? ends[0] : null;
    }

    // [.,]\d+ (or only the comma) after e: its ends, longest first.
    static void AddDecimals(string text, int e, ref Span<int> ends, ref int count, bool comma, bool dot)
    {
        if (e >= text.Length || !(comma && text[e] == ',' || dot && text[e] == '.')) return;
        var decimals = DigitsFrom(text, e + 1);
        for (var d = decimals; d >= 1; d--) Add(ref ends, ref count, e + 1 + d);
    }

    static void Add(ref Span<int> ends, ref int count, int end)
    {
        if (count == ends.Length)
        {
            var larger = new int[count * 2];
            ends.CopyTo(larger);
            ends = larger;
        }
        ends[count++] = end;
    }

    static int DigitsFrom(string text, int i)
    {
        var k = i;
        while (k < text.Length && char.IsDigit(text[k])) k++;
        return k - i;
    }

    /// <summary>
    /// One cue as CuePattern reads it: words parted by spaces, each character compared lowered and folded ("ё" as "е"),
    /// a trailing * taking the rest of the word's letters.
    /// </summary>
    sealed class Phrase
    {
        readonly string[] _words;
        readonly bool[] _open;

        Phrase(string cue)
        {
            var words = cue.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
            _open = words.Select(w => w.EndsWith('*')).ToArray();
            _words = words.Select(w => new string(w.TrimEnd('*').Select(FoldedText.FoldChar).ToArray())).ToArray();
        }

        public char First => _words[0][0];

        /// <summary>CuePattern.Alternation's order: each cue once (case aside), longest first, ties as listed.</summary>
        public static Phrase[] InOrder(IEnumerable<string> cues) =>
            cues.Where(c => c.Trim().Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).OrderByDescending(c => c.Length)
                .Select(c => new Phrase(c)).Where(p => p._words.Length > 0 && p._words[0].Length > 0).ToArray();

        /// <summary>
        /// Where the phrase ends when read at <paramref name="at"/>, or -1. An open word takes every letter after it: what
        /// follows a phrase in these expressions is never a letter, so an engine giving letters back never matches more.
        /// </summary>
        public int EndAt(string text, int at)
        {
            var p = at;
            for (var w = 0; w < _words.Length; w++)
            {
                if (w > 0)
                {
                    var q = SkipSpaces(text, p);
                    if (q == p) return -1;
                    p = q;
                }
                var word = _words[w];
                if (p + word.Length > text.Length) return -1;
                for (var k = 0; k < word.Length; k++)
                    if (FoldedText.FoldChar(text[p + k]) != word[k]) return -1;
                p += word.Length;
                if (_open[w])
                    while (p < text.Length && char.IsLetter(text[p])) p++;
            }
            return p;
        }
    }
}
