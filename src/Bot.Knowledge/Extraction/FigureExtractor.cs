using System.Text.RegularExpressions;
using Bot.Knowledge.Model;

namespace Bot.Knowledge.Extraction;

/// <summary>Finds trade and investment figures in a sentence: the metric, the period, the amount, its qualifier and growth.</summary>
public static partial class FigureExtractor
{
    const RegexOptions Opts = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    static readonly (string Metric, Regex Pattern)[] Metrics =
    [
        ("direct_investment", DirectInvestmentMetric()),
        ("investment", InvestmentMetric()),
        ("exports", ExportsMetric()),
        ("imports", ImportsMetric()),
        ("turnover", TurnoverMetric()),
    ];

    // Built from the number words at run time, so interpreted rather than generated; GrowthWord spares most sentences it.
    static readonly Regex Growth = new(
        $@"(?<f>\d+(?:[.,]\d+)?|{CalendarWords.NumberWordPattern})(?:\s*|-)(?:times|fold|-fold)|в\s+(?<f>\d+(?:[.,]\d+)?|{CalendarWords.NumberWordPattern})\s+раза|(?<f>\d+(?:[.,]\d+)?|{CalendarWords.NumberWordPattern})\s+пъти|(?<f>\d+(?:[.,]\d+)?|{CalendarWords.NumberWordPattern})\s+есе", Opts);
    static readonly Regex Percent = PercentPattern();
    static readonly Regex MoreThan = MoreThanPattern();
    static readonly Regex Nearly = NearlyPattern();
    static readonly Regex About = AboutPattern();
    static readonly Regex LessThan = LessThanPattern();

    // Every alternative of Growth contains one of these words: a sentence without them is not scanned for growth at all.
    static readonly Regex GrowthWord = GrowthWordPattern();

    public static IEnumerable<FigureDraft> Extract(string sentence, PartialDate? documentDate)
    {
        var amounts = MoneyFinder.Find(sentence);
        if (amounts.Count == 0) yield break;
        var metrics = MetricMentions(sentence);
        if (metrics.Count == 0) yield break;
        // Periods and growth wording are looked for only once an amount has a metric: most amounts in news are not trade figures.
        List<PeriodFinder.Found>? periods = null;
        Match? growth = null, percent = null;
        var growthUsed = false;
        foreach (var amount in amounts)
        {
            var metric = MetricBefore(metrics, amount.Index);
            if (metric is null) continue;
            periods ??= PeriodFinder.Find(sentence, documentDate);
            var period = periods.Where(p => !p.IsComparison && p.Index < amount.Index).Select(p => (Period?)p.Period).LastOrDefault()
                ?? periods.Where(p => !p.IsComparison).Select(p => (Period?)p.Period).FirstOrDefault();
            if (period is null) continue;
            var comparison = periods.FirstOrDefault(p => p.IsComparison);
            double? factor = null, pct = null;
            if (!growthUsed)
            {
                growth ??= GrowthWord.IsMatch(sentence) ? Growth.Match(sentence) : Match.Empty;
                percent ??= Percent.Match(sentence);
                if (growth.Success && CalendarWords.SmallNumber(growth.Groups["f"].Value.ToLowerInvariant()) is { } f) factor = f;
                else if (growth.Success) factor = NumberParser.Parse(growth.Groups["f"].Value);
                if (percent.Success) pct = NumberParser.Parse(percent.Groups["p"].Value);
                growthUsed = factor is not null || pct is not null;
            }
            yield return new FigureDraft(metric, period.Value, amount.Value, amount.Scale, amount.Unit,
                QualifierBefore(sentence[..amount.Index]), factor, pct,
                comparison is null ? null : comparison.Period.ToString(), sentence);
        }
    }

    /// <summary>Every mention of a metric in the sentence, metric by metric in the order of <see cref="Metrics"/>.</summary>
    static List<(int Index, string Metric)> MetricMentions(string sentence)
    {
        var mentions = new List<(int, string)>();
        foreach (var (metric, pattern) in Metrics)
            foreach (Match m in pattern.Matches(sentence))
                mentions.Add((m.Index, metric));
        return mentions;
    }

    /// <summary>The metric named last before the amount (the earlier metric on a tie), else the first metric named at all.</summary>
    static string? MetricBefore(List<(int Index, string Metric)> mentions, int index)
    {
        string? best = null;
        var bestIndex = -1;
        foreach (var (at, metric) in mentions)
            if (at < index && at > bestIndex) { best = metric; bestIndex = at; }
        return best ?? (mentions.Count > 0 ? mentions[0].Metric : null);
    }

    static string QualifierBefore(string before)
    {
        var tail = before.Length > 40 ? before[^40..] : before;
        if (MoreThan.IsMatch(tail)) return "more_than";
        if (Nearly.IsMatch(tail)) return "nearly";
        if (About.IsMatch(tail)) return "about";
        if (LessThan.IsMatch(tail)) return "less_than";
        return "exact";
    }

    [GeneratedRegex(@"direct\s+investment|прям\w+\s+инвестиц\w*|преки\s+инвестиции|тікелей\s+инвестиция\w*", Opts)]
    private static partial Regex DirectInvestmentMetric();

    [GeneratedRegex(@"investment|инвестиц\w*|инвестиции|инвестиция\w*", Opts)]
    private static partial Regex InvestmentMetric();

    [GeneratedRegex(@"\bexport\w*|экспорт\w*|износ\w*|экспорты", Opts)]
    private static partial Regex ExportsMetric();

    [GeneratedRegex(@"\bimport\w*|импорт\w*|внос\w*", Opts)]
    private static partial Regex ImportsMetric();

    [GeneratedRegex(@"turnover|mutual\s+trade|bilateral\s+trade|trade\s+(?:between|volume|grew|increased|rose|reached|exceeded|amounted)|\btrade\b|товарооборот\w*|взаимн\w+\s+торговл\w*|объ[её]м\w*\s+торговл\w*|стокообмен\w*|търговия\w*|търговск\w+\s+обмен|тауар\s+айналым\w*|сауда", Opts)]
    private static partial Regex TurnoverMetric();

    [GeneratedRegex(@"(?:by|на|с|със)\s+(?<p>\d+(?:[.,]\d+)?)\s*(?:%|percent|процент\w*)|\+(?<p>\d+(?:[.,]\d+)?)\s*%", Opts)]
    private static partial Regex PercentPattern();

    [GeneratedRegex(@"(exceed\w*|more\s+than|over|above|upwards\s+of|превыси\w*|превышает|более|свыше|больше|надхвърли\w*|над|повече\s+от|асты|астам)\s*$", Opts)]
    private static partial Regex MoreThanPattern();

    [GeneratedRegex(@"(nearly|almost|почти|близо\s+до|близо|қарайым)\s*$", Opts)]
    private static partial Regex NearlyPattern();

    [GeneratedRegex(@"(about|around|approximately|some|около|порядка|приблизително|шамамен)\s*$", Opts)]
    private static partial Regex AboutPattern();

    [GeneratedRegex(@"(less\s+than|under|below|менее|меньше|под|по-малко\s+от)\s*$", Opts)]
    private static partial Regex LessThanPattern();

    [GeneratedRegex(@"times|fold|раза|пъти|есе", Opts)]
    private static partial Regex GrowthWordPattern();
}
