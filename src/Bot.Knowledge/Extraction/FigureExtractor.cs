using System.Text.RegularExpressions;
using Bot.Knowledge.Model;

namespace Bot.Knowledge.Extraction;

/// <summary>Finds trade and investment figures in a sentence: the metric, the period, the amount, its qualifier and growth.</summary>
public static class FigureExtractor
{
    const RegexOptions Opts = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled;

    static readonly (string Metric, Regex Pattern)[] Metrics =
    [
        ("direct_investment", new Regex(@"direct\s+investment|прям\w+\s+инвестиц\w*|преки\s+инвестиции|тікелей\s+инвестиция\w*", Opts)),
        ("investment", new Regex(@"investment|инвестиц\w*|инвестиции|инвестиция\w*", Opts)),
        ("exports", new Regex(@"\bexport\w*|экспорт\w*|износ\w*|экспорты", Opts)),
        ("imports", new Regex(@"\bimport\w*|импорт\w*|внос\w*", Opts)),
        ("turnover", new Regex(@"turnover|mutual\s+trade|bilateral\s+trade|trade\s+(?:between|volume|grew|increased|rose|reached|exceeded|amounted)|\btrade\b|товарооборот\w*|взаимн\w+\s+торговл\w*|объ[её]м\w*\s+торговл\w*|стокообмен\w*|търговия\w*|търговск\w+\s+обмен|тауар\s+айналым\w*|сауда", Opts)),
    ];

    static readonly Regex Growth = new(
        $@"(?<f>\d+(?:[.,]\d+)?|{CalendarWords.NumberWordPattern})(?:\s*|-)(?:times|fold|-fold)|в\s+(?<f>\d+(?:[.,]\d+)?|{CalendarWords.NumberWordPattern})\s+раза|(?<f>\d+(?:[.,]\d+)?|{CalendarWords.NumberWordPattern})\s+пъти|(?<f>\d+(?:[.,]\d+)?|{CalendarWords.NumberWordPattern})\s+есе", Opts);
    static readonly Regex Percent = new(@"(?:by|на|с|със)\s+(?<p>\d+(?:[.,]\d+)?)\s*(?:%|percent|процент\w*)|\+(?<p>\d+(?:[.,]\d+)?)\s*%", Opts);
    static readonly Regex MoreThan = new(@"(exceed\w*|more\s+than|over|above|upwards\s+of|превыси\w*|превышает|более|свыше|больше|надхвърли\w*|над|повече\s+от|асты|астам)\s*$", Opts);
    static readonly Regex Nearly = new(@"(nearly|almost|почти|близо\s+до|близо|қарайым)\s*$", Opts);
    static readonly Regex About = new(@"(about|around|approximately|some|около|порядка|приблизително|шамамен)\s*$", Opts);
    static readonly Regex LessThan = new(@"(less\s+than|under|below|менее|меньше|под|по-малко\s+от)\s*$", Opts);

    public static IEnumerable<FigureDraft> Extract(string sentence, PartialDate? documentDate)
    {
        var amounts = MoneyFinder.Find(sentence);
        if (amounts.Count == 0) yield break;
        var periods = PeriodFinder.Find(sentence, documentDate);
        var growth = Growth.Match(sentence);
        var percent = Percent.Match(sentence);
        var growthUsed = false;
        foreach (var amount in amounts)
        {
            var metric = MetricBefore(sentence, amount.Index);
            if (metric is null) continue;
            var period = periods.Where(p => !p.IsComparison && p.Index < amount.Index).Select(p => (Period?)p.Period).LastOrDefault()
                ?? periods.Where(p => !p.IsComparison).Select(p => (Period?)p.Period).FirstOrDefault();
            if (period is null) continue;
            var comparison = periods.FirstOrDefault(p => p.IsComparison);
            double? factor = null, pct = null;
            if (!growthUsed)
            {
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

    static string? MetricBefore(string sentence, int index)
    {
        string? best = null;
        var bestIndex = -1;
        foreach (var (metric, pattern) in Metrics)
            foreach (Match m in pattern.Matches(sentence))
                if (m.Index < index && m.Index > bestIndex) { best = metric; bestIndex = m.Index; }
        if (best is not null) return best;
        foreach (var (metric, pattern) in Metrics)
            if (pattern.IsMatch(sentence)) return metric;
        return null;
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
}
