using System.Globalization;

namespace Bot.Bench;

/// <summary>
/// Trade figures as an article published on a given day would state them: last year's totals, this year's running
/// total once statistics for those months are out, and now and then a rounded value that disagrees with other sources.
/// </summary>
internal static class EnglishFigures
{
    public static string Paragraph(Random rng, CooperationWorld world, DateOnly published)
    {
        var year = Math.Max(CooperationWorld.FirstYear, published.Year - 1);
        var last = world.TradeIn(year);
        var sentences = new List<string>();
        var turnover = rng.Chance(0.15) ? "about $" + Math.Round(last.Turnover).ToString(CultureInfo.InvariantCulture) + " million" : Money.En(last.Turnover);
        sentences.Add(rng.Next(3) switch
        {
            0 => $"In {year} mutual trade reached {turnover}.",
            1 => $"Bilateral trade amounted to {turnover} in {year}, up {Growth(world, year)}% compared to {year - 1}.",
            _ => $"According to official statistics, the trade turnover between the two countries was {turnover} in {year}.",
        });
        var current = world.TradeIn(published.Year);
        if (published.Year <= CooperationWorld.LastYear && published.Month > current.PartMonths && rng.Chance(0.6))
            sentences.Add($"In {EnglishWords.Numbers[current.PartMonths - 1]} months of this year, trade turnover exceeded ${Math.Floor(current.PartTurnover).ToString(CultureInfo.InvariantCulture)} million.");
        if (rng.Chance(0.5))
            sentences.Add($"Kazakh exports to Bulgaria reached {Money.En(last.Exports)} in {year}, while imports from Bulgaria stood at {Money.En(last.Imports)}.");
        if (rng.Chance(0.3))
            sentences.Add($"Bulgarian direct investment in Kazakhstan totalled {Money.En(last.Investment)} in {year}.");
        sentences.Add("Both sides agreed that the current level does not match the potential of the two economies.");
        return string.Join(' ', sentences);
    }

    static string Growth(CooperationWorld world, int year)
    {
        var before = world.TradeIn(year - 1).Turnover;
        return (Math.Round((world.TradeIn(year).Turnover / before - 1) * 100, 1)).ToString("0.0", CultureInfo.InvariantCulture);
    }
}
