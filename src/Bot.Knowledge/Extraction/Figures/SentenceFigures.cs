using Bot.Knowledge.Metrics;
using Bot.Knowledge.Model;
using Bot.Knowledge.Ingestion.Reading.Tables;

namespace Bot.Knowledge.Extraction.Figures;

/// <summary>Turns the amounts of one sentence into figures: metric and direction, period, qualifier, growth, comparison.</summary>
internal sealed class SentenceFigures(
    string sentence, int position, FigureContext context, IReadOnlyList<MetricMention> mentions, List<StatedAmount> amounts, List<GrowthStatement> growth,
    CarriedMetric? carried = null)
{
    static readonly MetricCatalog Catalog = MetricCatalog.Default;
    static readonly FigureWords W = FigureWords.Default;
    // A line break ends a table row as a clause mark ends a clause: the next row's year is not this row's.
    static readonly System.Buffers.SearchValues<char> ClauseMarks = System.Buffers.SearchValues.Create(",;:—–().\n");
    static readonly System.Buffers.SearchValues<char> ClauseMarksNoPoint = System.Buffers.SearchValues.Create(",;:—–()");

    List<PeriodFinder.Found>? _periods;
    readonly HashSet<PeriodFinder.Found> _bound = [];

    List<PeriodFinder.Found> Periods => _periods ??= context.PeriodsOf(position)
        .Where(p => !amounts.Any(a => a.Overlaps(p.Index, p.Length))).ToList();

    public List<FigureDraft> Read()
    {
        var growthOf = GrowthByAmount();
        var resolved = new (MetricDefinition Metric, Period Period)?[amounts.Count];
        for (var i = 0; i < amounts.Count; i++)
            if (MetricOf(i) is { } metric && !(amounts[i].Kind == FigureKind.Money && OfAnotherPartner(i)) && PeriodOf(i, metric) is { } period) resolved[i] = (metric, period);
        // "The sides aim to bring trade to $1 billion by 2030", "очаква се да достигне 650 млн.": a target or a forecast is
        // no figure of what the series came to; the sentence still states it for a question that asks for the target.
        for (var i = 0; i < amounts.Count; i++)
            if (resolved[i] is not null && Outlook(i)) resolved[i] = null;
        var figures = new List<FigureDraft>();
        for (var i = 0; i < amounts.Count; i++)
        {
            if (resolved[i] is not var (metric, period)) continue;
            var a = amounts[i];
            var g = growthOf.GetValueOrDefault(i);
            // A count is counted in the metric's own unit (people, flights a week); money keeps its currency.
            var unit = a.Kind == FigureKind.Count && metric.Unit != "currency" ? metric.Unit : a.Unit;
            figures.Add(new FigureDraft(metric.Key, period, a.Value, a.Scale, unit, Qualifier(a), g?.Factor, g?.Percent,
                ComparedTo(i, g, resolved), sentence));
        }
        return figures;
    }

    bool Outlook(int i) => OutlookWords.Default.States(sentence, amounts[i].Index, amounts[i].End,
        i > 0 ? amounts[i - 1].End : 0, i + 1 < amounts.Count ? amounts[i + 1].Index : -1);

    MetricDefinition? MetricOf(int i)
    {
        var a = amounts[i];
        if (MentionOf(a) is not { } mention)
            return a.Kind == carried?.Kind && CarriedFrom() is { } from && a.Index >= from ? carried!.Metric : null;
        if (a.Kind == FigureKind.Money && LabelledByOther(a, mention)) return null;
        var family = mention.Family;
        string? direction = null;
        if (family.IsDirectional)
        {
            // The country words between the neighbouring amounts vote ("на казахстанский экспорт пришлось 141,5 млн, на
            // импорт из Болгарии — 24 млн"), and always those beside the cue itself.
            // A table row's caption ("Външна търговия на България с Казахстан — 2023 — Износ: …; Внос: …") speaks for
            // every cell of the row: whose exports and imports they are is named once, before them all.
            var start = Math.Min(mention.Index, i > 0 && !RowHasLead ? amounts[i - 1].End : 0);
            var end = Math.Max(mention.End, i + 1 < amounts.Count ? amounts[i + 1].Index : sentence.Length);
            direction = DirectionReader.Read(sentence, mention, start, end, Catalog.Countries);
            if (direction is null) return null;
        }
        // A cell under a column of one item ("Trade in selected goods — 2022 — Ferroalloys: 12.6; …; Total turnover: 181.3")
        // is a part of the measure named before it: only a commodity its own header names takes it.
        if (ItemCell(a, mention) is { } header)
        {
            // "Trade in selected goods — Crude oil (KZ→BG): 242.2": an item whose way its header states is a figure of the
            // family the caption's items belong to (oil exported from Kazakhstan), when that family keeps the good's series.
            if (family.Parts is { } parts && ItemColumn.Direction(header) is { } way && Catalog.Families.FirstOrDefault(f => f.Name == parts) is { } partsFamily)
                (family, direction) = (partsFamily, way);
            return CommodityOf(header, family, direction, header.Length) is { } good ? Catalog.Find(good) : null;
        }
        // One good's row of a table by goods is no total: only a commodity's own metric takes it.
        var key = Commodity(family, direction, a) ?? (a.Kind == FigureKind.Money && IsBreakdownItem ? null : family.MetricFor(direction));
        return key is null ? null : Catalog.Find(key);
    }

    bool? _breakdownItem;

    /// <summary>
    /// The header of the table cell holding the amount when that column names an item of a breakdown and the cue naming
    /// the amount's metric stands before the cell (in the caption, another cell), not in its header; else null.
    /// </summary>
    string? ItemCell(StatedAmount a, MetricMention mention) =>
        RowHasCells && ItemColumn.Of(sentence, a.End) is { } cell && mention.Index < cell.Start ? cell.Header : null;

    bool? _rowHasCells;

    bool RowHasCells => _rowHasCells ??= RowFields.Read(sentence) is not null;

    bool IsBreakdownItem => _breakdownItem ??= BreakdownRow.IsItem(sentence);

    List<CueMatcher<bool>.Hit>? _others;

    static readonly System.Buffers.SearchValues<char> LabelStops = System.Buffers.SearchValues.Create(",;:.()—\n");

    /// <summary>
    /// "лидируют лекарственные средства — 16,1 млн", "ферросплавы (14,2 млн долл.)": a dash or a bracket right before an
    /// amount sets it beside the words of its clause before that mark, which name what it is. When the metric's cue is
    /// not among them, nor a period ("чем за январь–июнь 2024 года (120,4 млн)"), the amount is some good's or item's value,
    /// not the measure the cue named further back.
    /// </summary>
    bool LabelledByOther(StatedAmount a, MetricMention mention)
    {
        var mark = a.Index - 1;
        while (mark >= 0 && char.IsWhiteSpace(sentence[mark])) mark--;
        if (mark <= 0 || sentence[mark] is not ('—' or '–' or '(')) return false;
        var start = LabelStart(mark);
        // The cue names the amount when it ends the label, but for a few words ("импорт из Болгарии —", "товарооборот между
        // Казахстаном и Болгарией —"); "импорта из Болгарии лидируют лекарственные средства —" names medicines.
        var inLabel = mention.Index >= start && mention.Index < mark;
        // A dash after a clause that does not hold the cue goes on with its subject ("…, а с Болгарией — 375 млн"); a
        // bracket holds the value of the word right before it ("ферросплавы (14,2 млн)").
        if (!inLabel && sentence[mark] != '(') return false;
        var from = inLabel ? mention.Index + mention.Length : start;
        if (LongWords(from, mark) <= (inLabel ? LabelReach : 0)) return false;
        return !Periods.Exists(p => p.Index < mark && p.Index + p.Length > start);
    }

    /// <summary>Where the clause before a mark starts: after a stop, or a dash set between spaces ("январь–июнь" is a range, no stop).</summary>
    int LabelStart(int mark)
    {
        for (var k = mark - 1; k >= 0; k--)
        {
            var c = sentence[k];
            if (LabelStops.Contains(c)) return k + 1;
            if (c == '–' && k > 0 && k + 1 < sentence.Length && char.IsWhiteSpace(sentence[k - 1]) && char.IsWhiteSpace(sentence[k + 1])) return k + 1;
        }
        return 0;
    }

    // Words of four letters or more (function words left out) that may stand between a cue and the dash of its amount.
    const int LabelReach = 3;

    int LongWords(int from, int to)
    {
        var (count, run) = (0, 0);
        for (var k = from; k < to; k++)
        {
            if (char.IsLetter(sentence[k])) { if (++run == 4) count++; }
            else run = 0;
        }
        return count;
    }

    /// <summary>
    /// An amount of money whose stretch of the sentence (from the amount before it, or the last semicolon) names a third
    /// country after the last word for Bulgaria is a figure of that country ("товарооборот Казахстана с Венгрией составил
    /// 174,6 млн долларов, с Румынией — около 1,2 млрд"), however it names its metric; so is a part of such an amount
    /// ("…, из них на нефть — около 1,6 млрд": figure-words.json part_of, no country named between).
    /// </summary>
    bool OfAnotherPartner(int i)
    {
        if (RowOfAnotherPartner) return true;
        var a = amounts[i];
        var start = Math.Max(i > 0 ? amounts[i - 1].End : 0, sentence.LastIndexOf(';', Math.Max(0, a.Index - 1)) + 1);
        if (start >= a.Index) return false;
        _others ??= Catalog.OtherCountries.Find(sentence);
        var other = _others.LastOrDefault(h => h.Index >= start && h.End <= a.Index);
        var bulgaria = Catalog.Countries.Find(sentence, start, a.Index).LastOrDefault(m => m.Country != "KZ");
        // "с Румынией … 1,94 млрд долларов, из них на нефть пришлось около 1,6 млрд": an amount whose stretch names no
        // country goes on with the one before it, and is that partner's too.
        if (other.Length == 0)
            return bulgaria is null && i > 0 && amounts[i - 1].End <= a.Index
                && FigureWords.Default.PartOf.IsMatch(sentence.AsSpan(start, a.Index - start)) && OfAnotherPartner(i - 1);
        return bulgaria is null || bulgaria.Index < other.Index;
    }

    bool? _rowOfAnother, _rowHasLead;

    bool RowHasLead => _rowHasLead ??= Ingestion.Reading.Tables.RowFields.Read(sentence) is { Lead.Count: > 0 };

    /// <summary>
    /// A table's row whose caption names a third country after the last word for Bulgaria ("Kazakhstan's trade with
    /// Romania — 2023 — Turnover: 822.0; Exports: 522.0", "Външна търговия на България с Узбекистан — …") is that
    /// country's in every cell, not only the first: the caption stands once, before them all.
    /// </summary>
    bool RowOfAnotherPartner => _rowOfAnother ??= Ingestion.Reading.Tables.RowFields.Read(sentence) is { Lead.Count: > 0 } row
        && string.Join(Ingestion.Reading.Tables.TableText.LeadSeparator, row.Lead) is var lead
        && Catalog.OtherCountries.Find(lead) is [.., var other]
        && Catalog.Countries.Find(lead, 0, lead.Length).LastOrDefault(m => m.Country != "KZ") is var bulgaria
        && (bulgaria is null || bulgaria.Index < other.Index);

    // "it increased by 86.5% to $7.8 million": the word that refers back is the subject of the first amount after it.
    const int AnaphorReach = 6;

    /// <summary>Where the amounts the carried metric measures start: the first amount of its kind just after the word that refers back.</summary>
    int? CarriedFrom()
    {
        if (carried is not { } c || c.Kind == FigureKind.Money && c.Metric.Unit != "currency") return null;
        // A quantity measures the same thing only in the same unit: "the route runs 11,000 km" is no cargo figure.
        var first = amounts.FirstOrDefault(a => a.Kind == c.Kind && a.Index >= c.From && (c.Kind == FigureKind.Money || a.Unit == c.Metric.Unit));
        // "by 86.5% to": a decimal point is no clause mark here.
        return first is not null && Words(c.From, first.Index) <= AnaphorReach
            && sentence.AsSpan(c.From, first.Index - c.From).IndexOfAny(ClauseMarksNoPoint) < 0 ? first.Index : null;
    }

    /// <summary>The cue that names what the amount is: the counted noun, else the nearest cue of its kind before it, else after it.</summary>
    MetricMention? MentionOf(StatedAmount a)
    {
        if (a.Kind == FigureKind.Count) return CountedNoun(a);
        // A family read only in its setting ("cargo" of a route) names nothing outside it.
        bool Fits(MetricMention m) => m.Family.Kind == a.Kind && (m.Family.Context is not { } c || c.IsMatch(sentence));
        var before = mentions.LastOrDefault(m => Fits(m) && m.End <= a.Index);
        if (before is not null) return QualifiedTrade(before, Fits) ?? before;
        return mentions.FirstOrDefault(m => Fits(m) && m.Index >= a.End);
    }

    const int QualifierReach = 4;

    /// <summary>
    /// "Положительное сальдо Казахстана в торговле с Болгарией составило 310,7 млн", "Kazakh exports in trade with
    /// Bulgaria", "салдото в търговията с Казахстан": the word for trade after another measure's cue, in its clause,
    /// says what that measure is of; the amount is the balance's (the exports'), never the turnover's.
    /// </summary>
    MetricMention? QualifiedTrade(MetricMention trade, Func<MetricMention, bool> fits)
    {
        if (trade.Family.Parts is null) return null;
        var head = mentions.LastOrDefault(m => fits(m) && m.End <= trade.Index && m.Family != trade.Family);
        return head is not null && Words(head.End, trade.Index) <= QualifierReach && !HasClauseMark(head.End, trade.Index) ? head : null;
    }

    /// <summary>"140 companies" at a forum are its participants; elsewhere, companies of one country in the other.</summary>
    MetricMention? CountedNoun(StatedAmount a)
    {
        var noun = sentence.Substring(a.NounIndex, a.NounLength);
        foreach (var family in Catalog.Families)
        {
            if (family.Kind != FigureKind.Count || family.Context is { } c && !c.IsMatch(sentence)) continue;
            if (family.Cues.Find(noun) is [{ Index: 0 } hit] && hit.Length == noun.Length)
                return new MetricMention(a.NounIndex, a.NounLength, family, hit.Value);
        }
        return null;
    }

    /// <summary>"нефть: её поставки … до 242,2 млн" is oil; "shipments, mostly crude oil, … $303.6 million" is all goods.</summary>
    static string? CommodityOf(string sentence, MetricFamily family, string? direction, int end)
    {
        foreach (var (_, cue, members) in family.Commodities)
        {
            if (direction is null || !members.TryGetValue(direction, out var key)) continue;
            foreach (var m in cue.Find(sentence, 0, end))
                if (!W.Composition.IsMatch(Before(sentence, m.Index, 24))) return key;
        }
        return null;
    }

    string? Commodity(MetricFamily family, string? direction, StatedAmount a) => CommodityOf(sentence, family, direction, a.Index);

    Period? PeriodOf(int i, MetricDefinition metric)
    {
        var a = amounts[i];
        var nextStart = i + 1 < amounts.Count ? amounts[i + 1].Index : sentence.Length;
        if (ComparedBase(i) is { } compared) return Bind(compared);
        // "$95.2 million in 2023", "$4.2 million of a year earlier": a period right after the amount is its own.
        var after = Periods.FirstOrDefault(p => p.Index >= a.End && p.Index < nextStart);
        // "1989 жылы 9 412 және 1999 жылы 6 915": a period after "and" opens the next item of a list, not this amount's.
        if (after is not null && JoinsNext(a.End, after.Index)) after = null;
        // "$119.9 million in the same period a year earlier": the same-period words join the amount to its period.
        var gapEnd = after is null ? 0 : PeriodFinder.SamePeriodStart(sentence, a.End, after.Index) ?? after.Index;
        if (after is not null && Words(a.End, gapEnd) <= 3 && !HasClauseMark(a.End, after.Index)) return Bind(after);
        // Else the last period before it; a comparison ("than in 2023") only once an earlier amount is its subject,
        // and not once another amount has taken it ("…, когда он составлял 95,2 млн. Её поставки …").
        var before = Periods.LastOrDefault(p => p.End <= a.Index && (i > 0 || !p.IsComparison) && !(p.IsComparison && _bound.Contains(p)));
        if (before is not null) return Bind(before);
        if (after is not null && !after.IsComparison && !HasClauseMark(a.End, after.Index)) return Bind(after);
        if (metric.CarriesPeriod && context.CarriedInto(position) is { } carried) return carried.StartYear == 0 ? Period.Unknown : carried;
        // "## 2024" over the paragraph, "2024 – 375,2" over the sub-item: the nearest enclosing title dates it, not the publication.
        if (context.Section is { } section) return section;
        // A document that says nowhere when it was written still states its figures: their period is unknown, not invented.
        if (context.DocumentDate is null) return Period.Unknown;
        return metric.DatedByDocument && context.DocumentDate is { } d ? Period.Year(d.Year) : null;
    }

    /// <summary>Marks the period as the amount's own; year 0 ("now" in an undated document) is the unknown period.</summary>
    Period? Bind(PeriodFinder.Found p)
    {
        _bound.Add(p);
        return p.Period.StartYear == 0 ? Period.Unknown : p.Period;
    }

    /// <summary>The period a figure is compared with: its growth's base amount's period, else a comparison after it.</summary>
    string? ComparedTo(int i, GrowthStatement? g, (MetricDefinition Metric, Period Period)?[] resolved)
    {
        var a = amounts[i];
        var nextStart = i + 1 < amounts.Count ? amounts[i + 1].Index : sentence.Length;
        if (g is not null && g.Index >= a.End && i + 1 < amounts.Count && g.End <= nextStart && resolved[i + 1] is { } b)
            return b.Period.ToString();
        var compared = Periods.FirstOrDefault(p => !_bound.Contains(p) && (p.IsComparison || p.IsAnaphoric) && p.Index >= a.End && p.Index < nextStart)
            ?? (i == 0 ? Periods.FirstOrDefault(p => !_bound.Contains(p) && p.IsComparison && p.End <= a.Index) : null);
        return compared is { Period.StartYear: > 0 } ? compared.Period.ToString() : null;
    }

    /// <summary>
    /// Growth belongs to the amount it leads to ("jumped elevenfold to $303.6 million") or else to the amount before it
    /// ("$375.2 million, 3.9 times the $95.2 million").
    /// </summary>
    Dictionary<int, GrowthStatement> GrowthByAmount()
    {
        var byAmount = new Dictionary<int, GrowthStatement>();
        foreach (var g in growth)
        {
            if (RowHasCells && RowFields.HeaderAt(sentence, g.End) is { } header)
            {
                if (CellGrowthTarget(header) is int cell && ComparedBase(cell) is null) byAmount.TryAdd(cell, g);
                continue;
            }
            var next = amounts.FindIndex(a => a.Kind != FigureKind.Percent && a.Index >= g.End);
            var prev = amounts.FindLastIndex(a => a.Kind != FigureKind.Percent && a.End <= g.Index);
            var target = next >= 0 && W.ResultWord.IsMatch(sentence[g.End..amounts[next].Index]) ? next : prev >= 0 ? prev : next;
            // "$375.2 million, up from $95.2 million in 2023, a 3.9-fold increase": the base compared with did not grow.
            if (target == prev && prev > 0 && PeriodFinder.EndsWithComparison(sentence, amounts[prev].Index)
                && amounts.FindLastIndex(prev - 1, prev, a => a.Kind != FigureKind.Percent) is var grown and >= 0) target = grown;
            if (target >= 0 && ComparedBase(target) is null) byAmount.TryAdd(target, g);
        }
        return byAmount;
    }

    /// <summary>
    /// A table row's change column ("…; Товарооборот: 412,6; Экспорт: 338,1; Импорт: 74,5; Рост оборота: +10,0%") is the
    /// change of the measure its header names (turnover), not of the cell before it; a header naming none ("Change, %")
    /// gives the growth to no amount, since the row holds several.
    /// </summary>
    int? CellGrowthTarget(string header)
    {
        var named = Catalog.FindInText(header);
        if (named.Count == 0) return null;
        var target = -1;
        for (var i = 0; i < amounts.Count; i++)
        {
            if (amounts[i].Kind == FigureKind.Percent || MentionOf(amounts[i]) is not { } m || m.Family != named[0].Family) continue;
            // Two amounts of the measure in one row: which one changed is not said.
            if (target >= 0) return null;
            target = i;
        }
        return target >= 0 ? target : null;
    }

    /// <summary>
    /// The period compared with whose "when" clause states the amount ("3.9 times more than a year earlier, when trade
    /// barely reached $95.2 million", "в 3,9 раза больше, чем годом ранее, когда … 95,2 млн"): the amount is that
    /// period's, and the growth is not its own.
    /// </summary>
    PeriodFinder.Found? ComparedBase(int i)
    {
        var a = amounts[i];
        var start = i > 0 ? amounts[i - 1].End : 0;
        var compared = Periods.LastOrDefault(p => p.IsComparison && p.Index >= start && p.End <= a.Index);
        return compared is not null && Words(compared.End, a.Index) <= MaxWhenClause && W.ComparedWhen.IsMatch(sentence[compared.End..a.Index]) ? compared : null;
    }

    const int MaxWhenClause = 10;

    string Qualifier(StatedAmount a)
    {
        var before = FigureWords.QualifierOf(W.QualifierBeforeIn(Before(sentence, a.Index, 40)));
        if (before != "exact") return before;
        return FigureWords.QualifierOf(W.QualifierAfterIn(sentence.Substring(a.End, Math.Min(24, sentence.Length - a.End))));
    }

    static string Before(string text, int index, int chars) => text.Substring(Math.Max(0, index - chars), Math.Min(chars, index));

    int Words(int from, int to) => sentence.AsSpan(from, to - from).Trim().IsEmpty ? 0 : sentence[from..to].Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;

    bool JoinsNext(int from, int to) => Extraction.AgreementVocabulary.PartySeparator.IsMatch(sentence.AsSpan(from, to - from).ToString());

    bool HasClauseMark(int from, int to) => sentence.AsSpan(from, to - from).IndexOfAny(ClauseMarks) >= 0;
}
