using Bot.Knowledge.Extraction.Vocabulary;
using System.Text.RegularExpressions;
using Bot.Knowledge.Metrics;
using Bot.Knowledge.Text;
using Bot.Knowledge.Ingestion.Reading.Tables;

namespace Bot.Knowledge.Extraction.Figures;

/// <summary>
/// Finds what a sentence states as figures: money (with currency, or with a scale only once a currency is known),
/// percentages that are not growth, and counts of things the catalogue counts; and, apart, the growth it states.
/// </summary>
internal static class AmountFinder
{
    static readonly FigureWords W = FigureWords.Default;

    // A number's case ending after a hyphen ("140-qa" in Kazakh) belongs to it.
    static readonly Regex HyphenEnding = new(@"\G-\p{L}+", RegexOptions.Compiled);

    /// <param name="carriedUnit">The unit of a quantity an earlier sentence named, which this one refers back to ("the volume … 2.76 million tonnes").</param>
    public static List<StatedAmount> Find(string sentence, IReadOnlyList<MetricMention> mentions, string? currency, out List<GrowthStatement> growth, string? carriedUnit = null)
    {
        var amounts = new List<StatedAmount>();
        var money = MoneyFinder.Find(sentence);
        currency = money.Count > 0 ? money[0].Unit : currency;
        if (currency is not null) money.AddRange(MoneyFinder.FindElliptic(sentence, money, currency));
        foreach (var m in money) amounts.Add(new StatedAmount(m.Index, m.Length, FigureKind.Money, m.Value, m.Scale, m.Unit));
        growth = Growth(sentence, amounts, out var shares);
        amounts.AddRange(shares);
        // Both read the sentence's numbers, and only where it names something counted: most sentences name nothing
        // counted or measured, and are not handed to the readers of counts and quantities at all.
        var (counted, measured) = Kinds(mentions);
        if (counted)
        {
            var numbers = NumberReader.Find(sentence);
            amounts.AddRange(Frequencies(sentence, mentions, numbers, amounts).ToList());
            amounts.AddRange(Counts(sentence, mentions, numbers, amounts, growth));
        }
        if (measured || carriedUnit is not null) amounts.AddRange(Quantities(sentence, mentions, amounts, carriedUnit));
        return amounts.Count < 2 ? amounts : amounts.OrderBy(a => a.Index).ToList();
    }

    /// <summary>Whether the sentence names something counted, something measured in a unit.</summary>
    static (bool Counted, bool Measured) Kinds(IReadOnlyList<MetricMention> mentions)
    {
        var (counted, measured) = (false, false);
        for (var i = 0; i < mentions.Count; i++)
        {
            counted |= mentions[i].Family.Kind == FigureKind.Count;
            measured |= mentions[i].Family.Kind == FigureKind.Quantity;
        }
        return (counted, measured);
    }

    /// <summary>Growth factors and percentages; a percentage that is no growth is returned as a stated share.</summary>
    static List<GrowthStatement> Growth(string sentence, List<StatedAmount> money, out List<StatedAmount> shares)
    {
        var growth = new List<GrowthStatement>();
        shares = [];
        if (W.MayStateTimes(sentence))
            foreach (Match m in W.Times.Matches(sentence))
        {
            var f = m.Groups["f"].Value;
            var factor = CalendarWords.SmallNumber(TextNormalizer.Fold(f)) ?? NumberParser.Parse(f);
            // "три раза в неделю": how often, not how much more.
            if (W.FrequencyAfter.IsMatch(sentence, m.Index + m.Length)) continue;
            if (factor is not null && !money.Any(a => a.Overlaps(m.Index, m.Length))) growth.Add(new GrowthStatement(m.Index, m.Length, factor, null));
        }
        foreach (var m in W.Multiplier.Find(sentence))
            if (!growth.Any(g => m.Index < g.End && g.Index < m.End))
                growth.Add(new GrowthStatement(m.Index, m.Length, m.Value, null));
        growth.AddRange(PercentColumnCells(sentence, money));
        if (!sentence.Contains('%') && !MoneyFinder.HasDigit(sentence)) return growth;
        foreach (Match m in W.Percent.Matches(sentence))
        {
            if (money.Any(a => a.Overlaps(m.Index, m.Length)) || growth.Any(g => m.Index < g.End && g.Index < m.Index + m.Length)
                || NumberParser.Parse(m.Groups["num"].Value) is not { } value) continue;
            var before = WordsBefore(sentence, m.Index, 3);
            // "more than 40 percent", "about 40%": a qualifier before the number is no growth word.
            if (W.QualifierBeforeIn(before) is { Success: true } q) before = before[..q.Index];
            var after = WordsAfter(sentence, m.Index + m.Length, 2);
            // "2025 — …; Рост оборота (%): +10,0": a table's change column says in its header what the value is.
            if (GrowthCell(sentence, m) is { } signed) growth.Add(new GrowthStatement(m.Index, m.Length, null, signed * value));
            else if (W.Falls(before)) growth.Add(new GrowthStatement(m.Index, m.Length, null, -value));
            else if (W.Rises(before) || W.Rises(after)) growth.Add(new GrowthStatement(m.Index, m.Length, null, value));
            else if (W.Falls(after)) growth.Add(new GrowthStatement(m.Index, m.Length, null, -value));
            else shares.Add(new StatedAmount(m.Index, m.Length, FigureKind.Percent, value, "one", "percent"));
        }
        return growth;
    }

    /// <summary>
    /// A percentage that is a table row's cell under a header of rise or change ("Рост оборота: +10,0%", "Ръст на
    /// стокообмена: -3,2%", "Growth, %: 13.5"): growth, falling when written with a minus; null for any other cell or prose.
    /// </summary>
    static int? GrowthCell(string sentence, Match m)
    {
        if (RowFields.HeaderAt(sentence, m.Index + m.Length) is not { } header || !W.Rises(header) && !W.Falls(header)) return null;
        var sign = m.Index > 0 ? sentence[m.Index - 1] : ' ';
        return sign is '-' or '−' || W.Falls(header) ? -1 : 1;
    }

    /// <summary>
    /// "…; Ръст на стокообмена, %: -3,2", "Growth (%): 13.5": a bare number under a change column whose header holds the
    /// percent sign is a growth in percent, signed as written.
    /// </summary>
    static IEnumerable<GrowthStatement> PercentColumnCells(string sentence, List<StatedAmount> money)
    {
        if (!sentence.Contains('%') || RowFields.Read(sentence) is not { } row) yield break;
        var from = 0;
        foreach (var cell in row.Cells)
        {
            var at = sentence.IndexOf(cell.Header + TableText.LabelSeparator + cell.Value, from, StringComparison.Ordinal);
            if (at < 0) continue;
            var index = at + cell.Header.Length + TableText.LabelSeparator.Length;
            from = index + cell.Value.Length;
            if (!cell.Header.Contains('%') || !W.Rises(cell.Header) && !W.Falls(cell.Header)) continue;
            var written = cell.Value.Replace('−', '-').TrimEnd('%').Trim();
            if (NumberParser.Parse(written.TrimStart('+', '-')) is not { } value || money.Any(a => a.Overlaps(index, cell.Value.Length))) continue;
            var sign = written.StartsWith('-') || W.Falls(cell.Header) ? -1 : 1;
            yield return new GrowthStatement(index, cell.Value.Length, null, sign * value);
        }
    }

    /// <summary>"nearly 60 companies", "Five Bulgarian cultural centres", "1,000 ethnic Bulgarians", "по 50 стипендии".</summary>
    static IEnumerable<StatedAmount> Counts(string sentence, IReadOnlyList<MetricMention> mentions, IReadOnlyList<NumberReader.Mention> numbers, List<StatedAmount> taken, List<GrowthStatement> growth)
    {
        var nouns = mentions.Where(m => m.Family.Kind == FigureKind.Count).ToList();
        if (nouns.Count == 0) yield break;
        StatedAmount? last = null;
        foreach (var n in numbers)
        {
            var end = HyphenEnding.Match(sentence, n.End) is { Success: true } e ? e.Index + e.Length : n.End;
            if (taken.Any(a => a.Overlaps(n.Index, end - n.Index)) || growth.Any(g => n.Index < g.End && g.Index < end)) continue;
            // "one" and its kin are mostly articles ("a company"), years are no counts, and nothing is counted in halves.
            if (n.InWords && n.Absolute < 2 || n.Absolute != Math.Floor(n.Absolute) || !n.InWords && IsYear(sentence.AsSpan(n.Index, n.Length))) continue;
            var windowEnd = WindowEnd(sentence, end, 3);
            var noun = nouns.LastOrDefault(x => x.Index >= end && x.End <= windowEnd) ?? CellHeader(sentence, nouns, n.Index, end);
            if (noun is not null) yield return last = new StatedAmount(n.Index, end - n.Index, FigureKind.Count, n.Value, n.Scale, "count", noun.Index, noun.Length);
            // "10,420 Bulgarians in 1970, 10,064 in 1979 and 4,523 in 2009": a series names its noun once.
            else if (last is not null && InSeries(sentence, last.End, n.Index))
                yield return last = new StatedAmount(n.Index, end - n.Index, FigureKind.Count, n.Value, n.Scale, "count", last.NounIndex, last.NounLength);
        }
    }

    /// <summary>
    /// "1999 — Ethnic Bulgarians: 6,915", "Cultural centres: 5; Schools: 2": a table's cell, its column header then a colon and
    /// the bare number, counts what the header names; the row's label before it gives the period.
    /// </summary>
    static MetricMention? CellHeader(string sentence, List<MetricMention> nouns, int start, int end)
    {
        // The cell ends at a semicolon or the row's end, the line's.
        var rest = sentence.AsSpan(end);
        var line = rest.IndexOf('\n');
        rest = (line >= 0 ? rest[..line] : rest).Trim();
        // "55+": a sign after the number qualifies it; "60 (2025) – mining, transport": its year and a gloss may follow.
        if (!rest.IsEmpty && rest[0] == '+') rest = rest[1..].TrimStart();
        if (!rest.IsEmpty && rest[0] is not (';' or '(' or '–' or '—')) return null;
        var colon = sentence.LastIndexOf(':', Math.Max(0, start - 1));
        if (colon < 0) return null;
        // Only a sign (">60", "~60") or a qualifier ("nearly 60", "около 60") may stand between the colon and the number.
        var between = sentence[(colon + 1)..start].Trim();
        if (between.Length > 1 && W.QualifierBeforeIn(between) is not { Success: true } q || between.Length > 1 && W.QualifierBeforeIn(between).Index > 0) return null;
        // The header may place what it counts ("Bulgarian companies in Kazakhstan: 60"): a few words, no number, no clause.
        return nouns.LastOrDefault(x => x.End <= colon && HeaderTail(sentence.AsSpan(x.End, colon - x.End)));
    }

    const int MaxHeaderTailWords = 6;

    static bool HeaderTail(ReadOnlySpan<char> tail)
    {
        if (tail.IndexOfAny(HeaderBreaks) >= 0) return false;
        var words = 0;
        foreach (var _ in tail.Trim().Split(' ')) words++;
        return tail.Trim().IsEmpty || words <= MaxHeaderTailWords;
    }

    static readonly System.Buffers.SearchValues<char> HeaderBreaks = System.Buffers.SearchValues.Create("0123456789,;:.()—–");

    const int MaxSeriesGapWords = 8;

    /// <summary>
    /// Only the earlier count's noun and period, then a comma or "and" — and the next count's own year, where Kazakh puts
    /// it first ("1979 жылы 9 870 болгар, 1989 жылы 9 412") — between two counts of one series.
    /// </summary>
    static bool InSeries(string sentence, int from, int to)
    {
        var between = sentence[from..to];
        if (between.IndexOfAny([';', ':', '(', ')']) >= 0 || between.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > MaxSeriesGapWords) return false;
        var joins = AgreementVocabulary.PartySeparator.Matches(between);
        if (joins.Count == 0) return false;
        var rest = TokenList.Of(between[(joins[^1].Index + joins[^1].Length)..]);
        for (var i = 0; i < rest.Count; i++)
            if (!(rest[i].Folded.Length == 4 && rest[i].Folded.All(char.IsAsciiDigit)) && !DateFinder.IsYearWord(rest[i].Folded)) return false;
        return true;
    }

    /// <summary>
    /// "рейсы три раза в неделю", "three times a week", "аптасына үш рет": a number of times and how often it happens counts
    /// what a metric per that period counts ("flights_per_week"), when the sentence names it; the nearest such noun.
    /// </summary>
    static IEnumerable<StatedAmount> Frequencies(string sentence, IReadOnlyList<MetricMention> mentions, IReadOnlyList<NumberReader.Mention> numbers, List<StatedAmount> taken)
    {
        var nouns = mentions.Where(m => m.Family.Kind == FigureKind.Count).ToList();
        if (nouns.Count == 0) yield break;
        foreach (var n in numbers)
        {
            if (n.Absolute < 1 || n.Absolute != Math.Floor(n.Absolute) || W.TimesAfterNumber.Match(sentence, n.End) is not { Success: true } times) continue;
            if (taken.Any(a => a.Overlaps(n.Index, times.Index + times.Length - n.Index))) continue;
            var per = PeriodNamed(times) ?? PeriodNamed(W.FrequencyBeforeNumber.Match(sentence, 0, n.Index));
            if (per is null) continue;
            var noun = nouns.Where(x => CountsPer(x, per)).MinBy(x => x.End <= n.Index ? n.Index - x.End : x.Index - times.Index - times.Length);
            if (noun is null) continue;
            yield return new StatedAmount(n.Index, times.Index + times.Length - n.Index, FigureKind.Count, n.Value, n.Scale, "count", noun.Index, noun.Length);
        }
    }

    static string? PeriodNamed(Match m) => m.Success ? W.FrequencyPeriods.FirstOrDefault(p => m.Groups[p].Success) : null;

    static bool CountsPer(MetricMention noun, string per) =>
        MetricCatalog.Default.Find(noun.Family.MetricFor(null) ?? "")?.Unit is { } unit && unit.EndsWith("_per_" + per, StringComparison.Ordinal);

    static bool IsYear(ReadOnlySpan<char> written) => written.Length == 4 && int.TryParse(written, out var y) && y is >= 1900 and <= 2100;

    /// <summary>"4.5 million tonnes", "2.76 million tonnes": a number in the unit a quantity the sentence names is measured in.</summary>
    static IEnumerable<StatedAmount> Quantities(string sentence, IReadOnlyList<MetricMention> mentions, List<StatedAmount> taken, string? carriedUnit)
    {
        var units = mentions.Where(m => m.Family.Kind == FigureKind.Quantity)
            .Select(m => MetricCatalog.Default.Find(m.Family.MetricFor(null) ?? "")?.Unit).OfType<string>().ToHashSet(StringComparer.Ordinal);
        if (carriedUnit is not null) units.Add(carriedUnit);
        if (units.Count == 0) return [];
        return QuantityFinder.Find(sentence)
            .Where(q => q.Unit is { } unit && units.Contains(unit) && !taken.Any(a => a.Overlaps(q.Index, q.Length)))
            .Select(q => new StatedAmount(q.Index, q.Length, FigureKind.Quantity, q.Number.Value, q.Number.Scale, q.Unit!));
    }

    /// <summary>The end of the next <paramref name="words"/> words, stopping at a comma or any other clause mark.</summary>
    static int WindowEnd(string text, int from, int words)
    {
        var i = from;
        for (var w = 0; w < words && i < text.Length; w++)
        {
            while (i < text.Length && char.IsWhiteSpace(text[i])) i++;
            while (i < text.Length && !char.IsWhiteSpace(text[i]))
            {
                if (text[i] is ',' or ';' or ':' or '.' or '(' or ')' or '—' or '–') return i;
                i++;
            }
        }
        return i;
    }

    static string WordsBefore(string text, int index, int words)
    {
        var i = index;
        for (var w = 0; w <= words && i > 0; w++)
        {
            while (i > 0 && char.IsWhiteSpace(text[i - 1])) i--;
            while (i > 0 && !char.IsWhiteSpace(text[i - 1])) i--;
        }
        return text[i..index];
    }

    static string WordsAfter(string text, int index, int words) => text[index..WindowEnd(text, index, words)];
}
