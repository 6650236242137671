using System.Text.RegularExpressions;
using Bot.Knowledge.Extraction.Figures;
using Bot.Knowledge.Metrics;
using Bot.Knowledge.Text;

namespace Bot.Knowledge.Extraction;

/// <summary>
/// Finds the numbers a text states: in digits as the four languages write them ("10 228", "4,5", "1,000"), or in words,
/// one or several ("twenty", "twenty-five", "three hundred", and their Russian, Bulgarian and Kazakh forms;
/// a Kazakh case ending on the word is read through), each with the scale word after it ("11 thousand",
/// "4.5 million"; the scales of figure-words.json). The words are in calendar.json.
/// </summary>
public static class NumberReader
{
    /// <summary>A number where it stands; <see cref="Length"/> covers its scale word. The value is as written, before the scale.</summary>
    public sealed record Mention(int Index, int Length, double Value, string Scale, bool InWords)
    {
        public int End => Index + Length;

        /// <summary>The value with its scale applied ("11 thousand" → 11,000).</summary>
        public double Absolute => Value * Model.Figure.ScaleFactor(Scale);
    }

    // Digits glued to letters ("5th", "2024zh") are no number of their own; a hyphen may join an ending ("140-qa").
    // Read by MoneyScanner.Numbers; the expression is kept, built only when asked, for the oracle test.
    internal static Regex DigitsExpression => DigitsBuilt.Value;
    static readonly Lazy<Regex> DigitsBuilt = new(() => new($@"(?<![\p{{L}}\p{{N}}.,]){FigureWords.Number}(?![\p{{L}}\p{{N}}])", CuePattern.Options | RegexOptions.Compiled));

    // A day written in digits (14.03.2018, 14/03/2018, 2018-03-14) or a clock time (18:40, 18:40:05).
    static readonly Regex DateOrTime = new(@"(?<![\d.,])(?:\d{1,2}[./]\d{1,2}[./]\d{2,4}|\d{4}-\d{2}-\d{2}|\d{1,2}:\d{2}(?::\d{2})?)(?![\d]|[.,]\d)",
        RegexOptions.CultureInvariant | RegexOptions.Compiled);

    static List<(int Start, int End)> DateAndTimeSpans(string text)
    {
        var spans = new List<(int Start, int End)>();
        foreach (Match m in DateOrTime.Matches(text)) spans.Add((m.Index, m.Index + m.Length));
        return spans;
    }

    // Read by MoneyScanner.ScaleAfter; the expression is kept, built only when asked, for the oracle test.
    internal static Regex ScaleAfterExpression => ScaleAfterBuilt.Value;
    static readonly Lazy<Regex> ScaleAfterBuilt = new(() => new($@"\G[\s\u00A0]*{FigureWords.Default.ScalePattern}", CuePattern.Options | RegexOptions.Compiled));

    // A sentence is read for numbers by the money, count and quantity readers in turn: the last text's numbers are kept
    // per thread (a string never changes, so the same instance has the same numbers) and read once for all of them.
    [ThreadStatic] static string? _lastText;
    [ThreadStatic] static IReadOnlyList<Mention>? _lastFound;

    public static IReadOnlyList<Mention> Find(string text)
    {
        if (ReferenceEquals(text, _lastText)) return _lastFound!;
        var found = Read(text);
        // A huge one-line file is read once anyway: its numbers are not held by the thread after it.
        (_lastText, _lastFound) = text.Length <= 16_384 ? (text, found) : (null, null);
        return found;
    }

    static List<Mention> Read(string text)
    {
        var found = new List<Mention>();
        List<(int Start, int End)>? stamps = null;
        foreach (var (index, length) in MoneyScanner.Numbers(text))
        {
            // "14.03.2018, 18:40": the digits of a date or a clock time count nothing.
            stamps ??= DateAndTimeSpans(text);
            if (stamps.Exists(d => index < d.End && d.Start < index + length)) continue;
            if (NumberParser.Parse(text.AsSpan(index, length)) is { } value) found.Add(Scaled(text, index, index + length, value, inWords: false));
        }
        var words = Words(text);
        for (var i = 0; i < words.Count; i++)
        {
            var w = words[i].Word;
            if (w.Value is null)
            {
                if (w.Glued == 0 && w.Scale is null && !w.OneAndAHalf || found.Any(f => f.Index <= words[i].Index && words[i].Index < f.End)) continue;
                if (w.OneAndAHalf) found.Add(Scaled(text, words[i].Index, words[i].End, 1.5, inWords: true));
                else if (w.Glued > 0) found.Add(new Mention(words[i].Index, w.Glued, w.GluedValue, "one", InWords: true));
                else if (w.Scale is { } scale && LoneScaleStart(text, words, i) is { } start)
                    found.Add(new Mention(start, words[i].End - start, 1, scale, InWords: true));
                continue;
            }
            var (total, end, j) = Run(text, words, i);
            (total, end, j) = Fraction(text, words, j, total, end);
            var mention = Scaled(text, words[i].Index, end, total, inWords: true);
            while (BelowScale(text, words, mention, j) is { } longer) (mention, j) = longer;
            found.Add(mention);
            i = j - 1;
        }
        return found.OrderBy(f => f.Index).ToList();
    }

    /// <summary>
    /// The whole number written in words from word <paramref name="i"/> on ("twenty-five", "сто двадцать", "двадесет и
    /// три"): its value, where it ends, and the index of the word after it.
    /// </summary>
    static (double Total, int End, int Next) Run(string text, List<WordAt> words, int i)
    {
        var (total, end) = ((double)words[i].Word.Value!.Value, words[i].End);
        var j = i + 1;
        while (j < words.Count && Joined(text, end, words[j].Index))
        {
            var word = words[j].Word;
            if (word.Multiplier is { } multiplier && total < multiplier) total *= multiplier;
            else if (word.Joiner && j + 1 < words.Count && Joined(text, words[j].End, words[j + 1].Index)
                && words[j + 1].Word.Value is { } after && after < Room(total))
            {
                total += after;
                j++;
            }
            else if (word.Value is { } next && next < Room(total)) total += next;
            else break;
            end = words[j].End;
            j++;
        }
        return (total, end, j);
    }

    /// <summary>
    /// A number in words goes on past its scale word with the part below that scale ("двадесет и една хиляди седемстотин
    /// четиридесет и пет", "two thousand and fifty", "тоқсан алты мың төрт жүз"): read apart, the thousands and the rest would
    /// be two numbers, and the rest alone ("745") a wrong figure. The whole, with its scale applied, and the word after it;
    /// null when no number word smaller than the scale follows at once.
    /// </summary>
    static (Mention Mention, int Next)? BelowScale(string text, List<WordAt> words, Mention mention, int j)
    {
        var factor = Model.Figure.ScaleFactor(mention.Scale);
        if (factor <= 1 || mention.Value != Math.Floor(mention.Value)) return null;
        var k = j;
        while (k < words.Count && words[k].Index < mention.End) k++;
        if (k >= words.Count || !Joined(text, mention.End, words[k].Index)) return null;
        if (words[k].Word.Joiner && k + 1 < words.Count && Joined(text, words[k].End, words[k + 1].Index)) k++;
        if (words[k].Word.Value is null) return null;
        var (rest, restEnd, next) = Run(text, words, k);
        var below = Scaled(text, words[k].Index, restEnd, rest, inWords: true);
        if (below.Absolute >= factor || below.Absolute != Math.Floor(below.Absolute)) return null;
        while (next < words.Count && words[next].Index < below.End) next++;
        return (new Mention(mention.Index, below.End - mention.Index, mention.Absolute + below.Absolute, "one", InWords: true), next);
    }

    /// <summary>
    /// What follows a whole number in words past its whole part: decimal digits after "point", a numerator and its
    /// denominator after "целых"/"цяло"/"бүтін" (Kazakh names the denominator first), or "and a half".
    /// </summary>
    static (double Total, int End, int Next) Fraction(string text, List<WordAt> words, int j, double total, int end)
    {
        string? FoldedAt(int k) => k < words.Count && Joined(text, k == j ? end : words[k - 1].End, words[k].Index)
            ? TextNormalizer.Fold(text.Substring(words[k].Index, words[k].Length)) : null;
        if (FoldedAt(j) is not { } next) return (total, end, j);
        if (NumberWordParts.IsPoint(next))
        {
            var (digits, place, k) = (0d, 1d, j + 1);
            while (k < words.Count && FoldedAt(k) is not null && words[k].Word.Value is { } d and < 10)
            {
                place /= 10;
                digits += d * place;
                k++;
            }
            return k == j + 1 ? (total, end, j) : (total + digits, words[k - 1].End, k);
        }
        if (NumberWordParts.IsWhole(next))
        {
            var k = j + 1;
            if (FoldedAt(k) is { } joiner && CalendarWords.IsNumberJoiner(joiner)) k++;
            var before = FoldedAt(k) is { } b ? NumberWordParts.DenominatorBefore(b) : null;
            if (before is not null) k++;
            if (k >= words.Count || FoldedAt(k) is null || words[k].Word.Value is null) return (total, end, j);
            var (numerator, numeratorEnd, after) = Run(text, words, k);
            if (before is { } d1) return (total + numerator / d1, numeratorEnd, after);
            return FoldedAt(after) is { } f && NumberWordParts.Denominator(f) is { } d2
                ? (total + numerator / d2, words[after].End, after + 1)
                : (total, end, j);
        }
        var half = NumberWordParts.HalfAt(FoldedAt, j);
        return half > 0 ? (total + 0.5, words[j + half - 1].End, j + half) : (total, end, j);
    }

    /// <summary>
    /// Where a scale word standing for one of its scale starts: at "a" before it ("nearly a thousand"), or at the word
    /// itself after a qualifier ("около тысячи", "близо хиляда") or before a Kazakh one ("мыңға жуық"); else null.
    /// </summary>
    static int? LoneScaleStart(string text, List<WordAt> words, int i)
    {
        var at = words[i];
        if (i > 0 && Joined(text, words[i - 1].End, at.Index) && words[i - 1].Word.Value is null
            && NumberWordParts.IsLoneScaleArticle(TextNormalizer.Fold(text.Substring(words[i - 1].Index, words[i - 1].Length))))
            return words[i - 1].Index;
        var before = text.Substring(Math.Max(0, at.Index - 40), Math.Min(40, at.Index));
        if (FigureWords.Default.QualifierBeforeIn(before).Success) return at.Index;
        var after = text.Substring(at.End, Math.Min(24, text.Length - at.End));
        return FigureWords.Default.QualifierAfterIn(after).Success ? at.Index : null;
    }

    /// <summary>The scale a whole word names ("тысячи", "million", "хиляда"), or null.</summary>
    internal static string? WholeScale(string folded)
    {
        return FigureWords.Default.Money.ScaleAfter(folded, 0) is (var scale, var scaleLength, var end) && end >= folded.TrimEnd('.').Length
            ? FigureWords.Default.ScaleOf(folded.Substring(scale, scaleLength)) : null;
    }

    /// <summary>
    /// What a word can be in a number written in words: a number (<see cref="ValueOf"/>), a multiplier, a joiner; a
    /// number glued to a unit (<see cref="Glued"/> letters of it, worth <see cref="GluedValue"/>); a scale on its own; a word
    /// worth one and a half ("полтора").
    /// </summary>
    readonly record struct NumberWord(int? Value, int? Multiplier, bool Joiner, int Glued = 0, int GluedValue = 0, string? Scale = null, bool OneAndAHalf = false);

    readonly record struct WordAt(int Index, int Length, NumberWord Word)
    {
        public int End => Index + Length;
    }

    // Every word of every sentence with a count noun is read here, and news repeats its words: what a word can be in a
    // number is worked out once per word, for the whole process (one copy, not one per thread that reads figures).
    // Bounded, as the other word caches are, and let go when an ingestion run ends (ForgetWords).
    static readonly WordCache<NumberWord> NumberWords = new(limit: 65_536);
    [ThreadStatic] static List<WordAt>? _words;

    /// <summary>Lets go of every word kept so far: called when an ingestion run ends.</summary>
    public static void ForgetWords() => NumberWords.Clear();

    /// <summary>The runs of letters of a text (what <c>\p{L}+</c> matches), each with what it can be in a number; one list per thread, reused.</summary>
    static List<WordAt> Words(string text)
    {
        var words = _words ??= [];
        words.Clear();
        for (var i = 0; i < text.Length; i++)
        {
            if (!char.IsLetter(text[i])) continue;
            var start = i;
            while (i + 1 < text.Length && char.IsLetter(text[i + 1])) i++;
            words.Add(new WordAt(start, i + 1 - start, NumberWordOf(text.AsSpan(start, i + 1 - start))));
        }
        return words;
    }

    static NumberWord NumberWordOf(ReadOnlySpan<char> word)
    {
        if (!MayBeNumberPart(word)) return default;
        if (NumberWords.TryGet(word, out var known)) return known;
        var written = word.ToString();
        return NumberWords.Add(written, PartOf(written));
    }

    /// <summary>What a word can be in a number, worked out from the data files (no filter, no cache).</summary>
    static NumberWord PartOf(string written)
    {
        var folded = TextNormalizer.Fold(written);
        var number = ValueOf(written);
        var glued = number is null ? NumberWordParts.Glued(folded) : null;
        var value = new NumberWord(number, CalendarWords.NumberMultiplier(folded), CalendarWords.IsNumberJoiner(folded),
            glued?.Length ?? 0, glued?.Value ?? 0, number is null && glued is null ? NumberWordParts.Scale(folded) : null,
            number is null && NumberWordParts.IsOneAndAHalf(folded));
        return value;
    }

    /// <summary>Whether a word can be any part of a number written in words (for tests: <see cref="MayBeNumberPart"/> never turns one away).</summary>
    internal static bool IsNumberPart(string word) => PartOf(word) != default;

    // The first letters every word that can be part of a number starts with: a number word, a multiplier, a joiner, the
    // first part of a compound ("двух…"), a scale, "one and a half" — a Kazakh number with its case ending starts as the
    // number does. Most words of a sentence start like none of them and cost no lookup.
    static readonly Metrics.CueStarts PartStarts = StartsOfNumberParts();

    static Metrics.CueStarts StartsOfNumberParts()
    {
        var starts = new Metrics.CueStarts();
        foreach (var word in CalendarWords.NumberWords.Concat(CalendarWords.File.NumberMultipliers.Keys).Concat(CalendarWords.File.NumberJoiners.All).Concat(NumberWordParts.Starts))
        {
            starts.Add(TextNormalizer.Fold(word));
            starts.Add(word.ToLowerInvariant());
        }
        return starts;
    }

    /// <summary>
    /// False only for a word no number is written with: its first letters, folded, start no word of <see cref="PartStarts"/>.
    /// Only a word whose first four letters fold one to one (ASCII, the Cyrillic block) is turned away here: elsewhere the
    /// fold may drop or join marks, and the word is read in full.
    /// </summary>
    internal static bool MayBeNumberPart(ReadOnlySpan<char> word)
    {
        for (var i = 0; i < word.Length && i < 4; i++)
            if (word[i] >= 0x80 && (word[i] < 0x0400 || word[i] > 0x04FF || word[i] is >= '\u0483' and <= '\u0489')) return true;
        Span<char> start = stackalloc char[3];
        var n = Math.Min(word.Length, 3);
        for (var i = 0; i < n; i++) start[i] = Metrics.FoldedText.FoldChar(word[i]);
        return PartStarts.MayStart(start[..n]);
    }

    /// <summary>The number a single word names ("twenty", "hundred", a Kazakh number with a case ending), or null.</summary>
    public static int? ValueOf(string word)
    {
        var folded = TextNormalizer.Fold(word);
        if (CalendarWords.SmallNumber(folded) is { } n && !char.IsDigit(folded[0])) return n;
        if (CalendarWords.NumberMultiplier(folded) is { } alone) return alone;
        // A Kazakh number takes case endings ("nearly twenty" puts one on "twenty"); the word less its ending is the number.
        if (!TextNormalizer.IsCyrillic(folded)) return null;
        var stripped = KazakhSuffixes.Strip(folded);
        return stripped.Length < folded.Length && CalendarWords.SmallNumber(stripped) is { } k ? k : null;
    }

    static Mention Scaled(string text, int start, int end, double value, bool inWords)
    {
        return FigureWords.Default.Money.ScaleAfter(text, end) is (var scale, var scaleLength, var scaleEnd)
            ? new Mention(start, scaleEnd - start, value, FigureWords.Default.ScaleOf(text.Substring(scale, scaleLength)), inWords)
            : new Mention(start, end - start, value, "one", inWords);
    }

    /// <summary>Only spaces or one hyphen between two words of a number ("twenty-five", "twenty five").</summary>
    static bool Joined(string text, int from, int to)
    {
        var hyphens = 0;
        for (var i = from; i < to; i++)
        {
            if (text[i] == '-') hyphens++;
            else if (!char.IsWhiteSpace(text[i])) return false;
        }
        return hyphens <= 1 && to - from <= 3;
    }

    /// <summary>The largest smaller number that may follow: 20 takes units (twenty-five), 100 tens (a hundred and twenty), 5 nothing.</summary>
    static double Room(double total)
    {
        var room = 1d;
        while (total >= room * 10 && total % (room * 10) == 0) room *= 10;
        return room;
    }
}
