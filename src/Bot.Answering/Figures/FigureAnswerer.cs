using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using Bot.Answering.Composing;
using Bot.Answering.Localization;
using Bot.Answering.Understanding;
using Bot.Knowledge.Metrics;
using Bot.Knowledge.Model;
using Bot.Knowledge.Search;

namespace Bot.Answering.Figures;

/// <summary>
/// Answers "how much / how many" questions from stored figures only: the requested metric and period, every source's
/// value (saying so when sources differ), growth as stated or computed by this code, and "not found" with the periods
/// it does have when the period asked for is missing. It never states a number that is not in a stored figure.
/// </summary>
public sealed class FigureAnswerer(FigureReader figures)
{
    /// <summary>
    /// A question about a statistical series (trade, exports, investment, tourists…) and nothing else the store's figures
    /// cannot tell: figures tied to one event (a deal, a forum's participants, a share) say too little about the event
    /// itself, and those questions are read from the text first.
    /// Nor one about a place within a country ("через порт Бургас"): the series are the two countries', and a city's share of
    /// them is for the text to state. Nor one asking what someone said ("the figure Radev gave"): a stored figure does not
    /// say who stated it, the sentence does.
    /// </summary>
    public static bool Wants(Question q) =>
        q.Metric is not null && q.Speakers.Count == 0 && !Reading.OutlookCheck.Asks(q) && !Reading.ConstraintCheck.NamesPlace(q) && !NamesThirdCountry(q) && !OfAnotherGood(q) && !AsksShareOf(q, q.Metric) && MetricCatalog.Default.Find(q.Metric) is { DatedByDocument: false } && q.AnswerTypes.All(t => t is AnswerType.Amount or AnswerType.Factor or AnswerType.Percent or AnswerType.Year || t is AnswerType.Count && InQuantity(q.Metric))
        && (q.Has("how_much") || q.Has("how_many") || q.Has("growth") || q.Periods.Count > 0 || q.Amounts.Count > 0
            || q.Units.Any(u => u.Keys.Contains("figure") || u.Keys.Contains("amount") || u.Keys.Contains("volume")));

    /// <summary>
    /// "How many tonnes did the corridor carry": a count of a series measured in a unit (tonnes) is its value; so is "how
    /// many Kazakh tourists visited Bulgaria in 2026" ("Сколько казахстанских туристов…", "Колко туристи…") of a series
    /// counted by period (Wants admits only metrics not dated by their document: companies and centres stay the reader's).
    /// </summary>
    static bool InQuantity(string metric) => MetricCatalog.Default.FamilyOf(metric)?.Kind is FigureKind.Quantity or FigureKind.Count;

    /// <summary>"Trade between Bulgaria and Uzbekistan": the series are the two countries' with each other, no third one's.</summary>
    static bool NamesThirdCountry(Question q) => q.Entities.Any(e => Reading.CountryPlace.IsThird(e.Entity));

    /// <summary>
    /// "How many times did wheat exports grow": the question names one good and its metric is no series of that good (the
    /// catalogue has oil's, not wheat's), so the whole trade's figure would answer about something else.
    /// </summary>
    static bool OfAnotherGood(Question q)
    {
        if (IsGoodsSeries(q.Metric!)) return false;
        return QuestionConditions.Default.Of(q).Goods.Count > 0;
    }

    /// <summary>
    /// "Kazakh crude-oil exports to Bulgaria in 2024": the question names a good whose series the catalogue keeps, so the
    /// whole trade of that family (all exports) is no answer to it, however the rest of the question reads; with no
    /// figure of the good, nothing of the family is shown and the text is read instead.
    /// </summary>
    static List<string> OfTheGoodAsked(List<string> metrics)
    {
        var catalog = MetricCatalog.Default;
        var goods = metrics.Where(IsGoodsSeries).ToList();
        if (goods.Count == 0) return metrics;
        var families = goods.Select(m => catalog.FamilyOf(m)).ToHashSet();
        return [.. metrics.Where(m => goods.Contains(m) || !families.Contains(catalog.FamilyOf(m)))];
    }

    /// <summary>
    /// "Kazakhstan's exports to Bulgaria in 2024", asked of no good: a figure stored for that series whose own clause measures a
    /// good ("Импорт болгарского вина в Казахстан … вырос до 6,8 млн долларов") is that good's value, a part of the series,
    /// never its total (a whole "mostly crude oil" still is one). Figures of a good's own series are left as they are.
    /// </summary>
    static List<Figure> OfTheWhole(Question q, string metric, List<Figure> chosen)
    {
        if (chosen.Count == 0 || !Reading.ConstraintCheck.AsksTheWholeOfGoods(q, metric)) return chosen;
        return chosen.FindAll(f => !MeasuresAGood(f));
    }

    /// <summary>
    /// The clause of the figure's evidence that states its value names a good as what it measures: "Импорт болгарского вина …
    /// вырос до 6,8 млн долларов", not "Bulgarian goods sold to Kazakhstan, medicines above all, rose … to $71.6 million",
    /// whose value's clause names none. A value the evidence does not write as read is left as it is.
    /// </summary>
    static bool MeasuresAGood(Figure f) => OfAGood.GetValue(f, static f => new StrongBox<bool>(ReadMeasuresAGood(f))).Value;

    // A figure of the answering snapshot is asked of again by every question on its series: its clause is read once, as long
    // as the figure lives; a figure whose evidence names no good at all is told so without reading its numbers.
    static readonly ConditionalWeakTable<Figure, StrongBox<bool>> OfAGood = new();

    static bool ReadMeasuresAGood(Figure f)
    {
        var evidence = f.Evidence;
        if (QuestionConditions.Default.GoodsIn(evidence).Count == 0) return false;
        foreach (var n in Bot.Knowledge.Extraction.NumberReader.Find(evidence))
        {
            if (Math.Abs(n.Value - f.Value) > 1e-9 && Math.Abs(n.Absolute - f.AbsoluteValue) > 1e-6 * Math.Abs(f.AbsoluteValue)) continue;
            return Reading.ConstraintCheck.ClauseMeasuresAGood(evidence, n.Index, n.End);
        }
        return false;
    }

    /// <summary>
    /// Figures equal as records, hashed by their stored id (equal figures have the same one) rather than by every field: a
    /// series' figures are told apart without hashing each one's evidence sentence.
    /// </summary>
    sealed class SameFigure : IEqualityComparer<Figure>
    {
        public static SameFigure Instance { get; } = new();
        public bool Equals(Figure? x, Figure? y) => EqualityComparer<Figure>.Default.Equals(x, y);
        public int GetHashCode(Figure f) => f.Id.GetHashCode();
    }

    static bool IsGoodsSeries(string metric) => MetricCatalog.Default.FamilyOf(metric)?.GoodsSeriesOf(metric) is not null;

    /// <summary>
    /// "What percent of the trade …": a question asking only for a percent, not for a change, asks what share of the
    /// metric it names something has; a figure counted in money or tonnes answers something else.
    /// </summary>
    static bool AsksShareOf(Question q, string metric) =>
        q.AnswerTypes.Count > 0 && q.AnswerTypes.All(t => t is AnswerType.Percent) && !q.Has("growth")
        && MetricCatalog.Default.Find(metric) is { } m && m.Unit != "percent";

    // Evidence sentences quoted under a figure answer: the figure's own context ("mostly crude oil", "up 86.5 percent").
    const int MaxQuotes = 2;

    /// <param name="standing">The figures of those given that no correction of their page names wrong; all, when null.</param>
    public Answer Answer(Question q, Func<IReadOnlyList<Figure>, IReadOnlyList<Figure>>? standing = null)
    {
        var book = new CitationBook();
        var text = new StringBuilder();
        var shown = new List<Figure>();
        var asked = OfTheGoodAsked(q.Metrics.DefaultIfEmpty(q.Metric!).ToList());
        foreach (var metric in asked)
        {
            if (AsksShareOf(q, metric)) continue;
            var chosen = OfTheWhole(q, metric, standing is null ? Choose(q, metric) : [.. standing(Choose(q, metric))]);
            if (chosen.Count == 0) continue;
            foreach (var group in chosen.GroupBy(f => f.Period).OrderBy(g => g.Key.StartKey, StringComparer.Ordinal).ThenBy(g => g.Key.EndKey, StringComparer.Ordinal))
                AppendPeriod(text, q.Lang, metric, group.Key, group.ToList(), book);
            if (q.Has("growth") && q.Periods.Count >= 2) AppendComputedChange(text, q, metric);
            shown.AddRange(chosen);
        }
        if (shown.Count == 0)
        {
            var missing = asked.Contains(q.Metric!) ? q.Metric! : asked[0];
            return NotFound(q, missing, InAskedCurrency(q, figures.OfMetric(missing)));
        }
        // "By how many percent did investment grow": the level alone is not the value asked for; a sentence may state the rate.
        if (AsksRate(q) && q.Periods.Count < 2 && !shown.Any(f => f.GrowthFactor is not null || f.GrowthPercent is not null))
            return GrowthNotFound(q);
        var evidence = shown.DistinctBy(f => f.Evidence.Trim()).Take(MaxQuotes).ToList();
        text.AppendLine(Texts.Get(q.Lang, "evidence"));
        foreach (var f in evidence) text.AppendLine(QuoteText.Render(Quote(f, shown), q.Lang, book.Mark(f.Source), f.Evidence));
        return new Answer(text.ToString().TrimEnd(), q.Lang, Composing.Answer.Offline, book.Citations, AnswerKind.Figure, q)
        {
            Focus = new AnswerFocus([], shown.Select(f => f.Source.DocumentId).Distinct().ToList(), []) { Quoted = evidence.Select(f => f.Evidence.Trim()).ToList() },
        };
    }

    /// <summary>
    /// The clause of the evidence that states the figure shown (<see cref="FigureQuote"/>); when the answer shows two figures
    /// of one sentence (exports and imports asked together), the sentence that states both.
    /// </summary>
    static string Quote(Figure f, List<Figure> shown)
    {
        var evidence = f.Evidence.Trim();
        var cuts = shown.Where(s => ReferenceEquals(s.Evidence, f.Evidence) || s.Evidence.Trim() == evidence).Select(FigureQuote.Of).Distinct().ToList();
        return cuts.Count == 1 ? cuts[0] : f.Evidence;
    }

    List<Figure> Choose(Question q, string metric)
    {
        var all = InAskedCurrency(q, figures.OfMetric(metric));
        if (q.Amounts.Count > 0) return all.Where(f => q.Amounts.Any(a => Math.Abs(f.AbsoluteValue - a) <= Math.Max(1, a * 0.005))).ToList();
        if (q.Periods.Count > 0) return InAskedCurrency(q, q.Periods.SelectMany(p => Matching(all, metric, p)).Distinct(SameFigure.Instance).ToList()).ToList();
        // "Trade is just over USD 100 million a year, the minister said" in an undated interview: asked for no period, the
        // figure its source states for none answers when no dated one does — shown as of no stated period, never given a year.
        var latest = Latest(all);
        return latest.Count > 0 ? latest : [.. InAskedCurrency(q, [.. figures.UndatedOf(metric)])];
    }

    /// <summary>
    /// "Turnover in 2019 in euros": a question naming a currency is answered by figures in it only; one in dollars is no
    /// answer (never converted), so with none in the asked currency the answer is that the figure is not found.
    /// </summary>
    static IReadOnlyList<Figure> InAskedCurrency(Question q, IReadOnlyList<Figure> all) =>
        QuestionConditions.Default.Of(q).Currency is { } currency ? [.. all.Where(f => f.Unit == currency)] : all;

    IEnumerable<Figure> Matching(IReadOnlyList<Figure> all, string metric, Period p)
    {
        var exact = p.StartYear == Question.AnyYear ? all.Where(f => SameSpan(f.Period, p)).ToList() : figures.OfMetric(metric, p);
        // Asked for a whole year that only has part-year figures (eight months, a quarter, "so far this year"): none of them
        // is the year's, however it is labelled; the refusal lists the periods held instead.
        return exact;
    }

    static bool SameSpan(Period f, Period asked) =>
        asked.StartYear == Question.AnyYear
            ? f.StartMonth == asked.StartMonth && f.EndMonth == asked.EndMonth && f.StartYear == f.EndYear
            : f == asked;

    static List<Figure> Latest(IReadOnlyList<Figure> all)
    {
        var years = all.Where(f => f.Period.IsWholeYear).Select(f => f.Period.StartYear).Distinct().OrderDescending().Take(2).ToHashSet();
        var latestYear = years.Count == 0 ? int.MinValue : years.Max();
        return all.Where(f => f.Period.IsWholeYear ? years.Contains(f.Period.StartYear) : f.Period.EndYear > latestYear).ToList();
    }

    static void AppendPeriod(StringBuilder text, string lang, string metric, Period period, List<Figure> group, CitationBook book)
    {
        var clusters = RoundedAgreement.Of(group.GroupBy(f => (f.AbsoluteValue, f.Qualifier)).Select(g => (IReadOnlyList<Figure>)[.. g]));
        var label = MetricCatalog.Default.Label(metric, lang);
        var period_ = Formats.Period(period, lang);
        if (clusters.Count == 1)
        {
            text.AppendLine(Texts.Get(lang, "figure_line", label, period_, Render(clusters[0], lang, book)));
            return;
        }
        text.AppendLine(Texts.Get(lang, "figure_line", label, period_, Texts.Get(lang, "sources_differ")));
        foreach (var c in clusters.OrderBy(c => c.Head[0].AbsoluteValue))
            text.AppendLine("• " + Render(c, lang, book));
    }

    /// <summary>The most precise value with its sources, then what the sources that round it say ("[1][2] round it to …").</summary>
    static string Render(RoundedAgreement.Cluster cluster, string lang, CitationBook book)
    {
        var head = $"{Stated(cluster.Head, lang)} {book.Mark(cluster.Head.Select(f => f.Source))}";
        var rounded = cluster.Rounded.Select(r => Texts.Get(lang, "rounded_as", book.Mark(r.Select(f => f.Source)), Stated(r, lang)));
        return string.Join("; ", rounded.Prepend(head));
    }

    static string Stated(IReadOnlyList<Figure> same, string lang)
    {
        // One phrase per stated growth: a source that names the base year wins over one that does not.
        // "3.9 times" and "four times" of one value are one growth rounded: the precise one is said.
        var stated = same.Where(f => f.GrowthFactor is not null || f.GrowthPercent is not null).ToList();
        var growth = stated
            .Where(f => !stated.Any(p => RoundedAgreement.Refines(p.GrowthFactor, f.GrowthFactor) || RoundedAgreement.Refines(p.GrowthPercent, f.GrowthPercent)))
            .GroupBy(f => (f.GrowthFactor, f.GrowthPercent))
            .Select(g => Growth(g.OrderBy(f => f.ComparedTo is null).First(), lang)).ToList();
        var suffix = growth.Count == 0 ? "" : $" ({string.Join("; ", growth)})";
        return $"{Formats.Amount(same[0], lang)}{suffix}";
    }

    static string? Growth(Figure f, string lang)
    {
        // The growth texts say "year" themselves ("к {1} г."): the period goes in without its own year mark.
        var yearMark = Texts.Get(lang, "year", "");
        var cmp = f.ComparedTo is { } c && Period.TryParse(c, out var cp) ? Formats.Period(cp, lang) : null;
        if (cmp is not null && yearMark.Length > 0) cmp = cmp.Replace(yearMark, "", StringComparison.Ordinal);
        if (f.GrowthFactor is { } g)
            return cmp is null ? Texts.Get(lang, "growth_factor_plain", Formats.Number(g, lang)) : Texts.Get(lang, "growth_factor", Formats.Number(g, lang), cmp);
        if (f.GrowthPercent is { } p)
            return cmp is null ? Texts.Get(lang, "growth_percent_plain", Formats.Number(p, lang)) : Texts.Get(lang, "growth_percent", Formats.Number(p, lang), cmp);
        return null;
    }

    /// <summary>"How did trade change from 2023 to 2024?": a ratio computed here from two stored figures, labelled as computed.</summary>
    void AppendComputedChange(StringBuilder text, Question q, string metric)
    {
        var ordered = q.Periods.OrderBy(p => p.StartKey, StringComparer.Ordinal).ToList();
        var from = figures.OfMetric(metric, ordered[0]).FirstOrDefault(f => f.Qualifier == "exact");
        var to = figures.OfMetric(metric, ordered[^1]).LastOrDefault(f => f.Qualifier == "exact");
        if (from is null || to is null || from.AbsoluteValue == 0 || from.Unit != to.Unit) return;
        var ratio = to.AbsoluteValue / from.AbsoluteValue;
        var percent = (ratio - 1) * 100;
        text.AppendLine(Texts.Get(q.Lang, "growth_computed", Formats.Period(from.Period, q.Lang), Formats.Period(to.Period, q.Lang),
            "×" + Formats.Number(Math.Round(ratio, 2), q.Lang), (percent >= 0 ? "+" : "") + Formats.Number(Math.Round(percent, 1), q.Lang) + "%"));
    }

    Answer NotFound(Question q, string metric, IReadOnlyList<Figure> all)
    {
        var label = MetricCatalog.Default.Label(metric, q.Lang).ToLower(CultureInfo.GetCultureInfo(q.Lang));
        var text = new StringBuilder(q.Periods.Count == 0
            ? Texts.Get(q.Lang, "figure_not_found_any", label)
            : Texts.Get(q.Lang, "figure_not_found", label, string.Join(", ", q.Periods.Select(p => AskedPeriod(p, q.Lang)))));
        var periods = PeriodsOf(all, q.Lang);
        if (periods.Length > 0) text.Append('\n').Append(Texts.Get(q.Lang, "figure_available", periods));
        // Asked for one direction, the store has the other: say which exists, never its numbers.
        else if (OtherDirection(metric) is { } other && figures.OfMetric(other) is { Count: > 0 } reverse)
            text.Append('\n').Append(Texts.Get(q.Lang, "figure_other_direction", MetricCatalog.Default.Label(other, q.Lang), PeriodsOf(reverse, q.Lang)));
        return new Answer(text.ToString(), q.Lang, Composing.Answer.Offline, [], AnswerKind.NotFound, q);
    }

    /// <summary>The question asks by how much something changed, as a percent or a multiple, not what it came to.</summary>
    static bool AsksRate(Question q) => q.Has("growth") && q.AnswerTypes.Count > 0 && q.AnswerTypes.All(t => t is AnswerType.Percent or AnswerType.Factor);

    static Answer GrowthNotFound(Question q)
    {
        var label = MetricCatalog.Default.Label(q.Metric!, q.Lang).ToLower(CultureInfo.GetCultureInfo(q.Lang));
        return new Answer(Texts.Get(q.Lang, "figure_growth_not_found", label), q.Lang, Composing.Answer.Offline, [], AnswerKind.NotFound, q);
    }

    static string AskedPeriod(Period p, string lang) => p.StartYear == Question.AnyYear
        ? Formats.Period(p with { StartYear = 2000, EndYear = 2000 }, lang).Replace("2000", "", StringComparison.Ordinal).Replace("  ", " ", StringComparison.Ordinal).Trim()
        : Formats.Period(p, lang);

    static string PeriodsOf(IEnumerable<Figure> figures, string lang) =>
        string.Join("; ", figures.Select(f => f.Period).Distinct().OrderBy(p => p.StartKey, StringComparer.Ordinal).Select(p => Formats.Period(p, lang)));

    static string? OtherDirection(string metric)
    {
        var catalog = MetricCatalog.Default;
        if (catalog.Find(metric)?.Direction is not { } direction || catalog.FamilyOf(metric) is not { } family) return null;
        var other = direction == MetricDefinition.KazakhstanToBulgaria ? MetricDefinition.BulgariaToKazakhstan : MetricDefinition.KazakhstanToBulgaria;
        // Crude oil to Bulgaria: the other way is crude oil to Kazakhstan, if the catalogue keeps it, not all of the trade.
        return family.GoodsSeriesOf(metric) is { } goods ? goods.GetValueOrDefault(other) : family.MetricFor(other);
    }
}
