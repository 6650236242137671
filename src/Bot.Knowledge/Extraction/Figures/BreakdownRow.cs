using Bot.Knowledge.Ingestion.Reading.Tables;
using Bot.Knowledge.Metrics;

namespace Bot.Knowledge.Extraction.Figures;

/// <summary>
/// Whether a table's row is one item of a breakdown ("2709 — Goods: Crude oil; Exports 2023: 5.0", "Other goods — 61.4"):
/// its values are parts of the total the columns name, so a question on exports is never answered with one good's
/// exports. A row is such an item when one of its labels (the row header, a text cell) names neither a period, nor a
/// metric, nor a country, nor the total ("Total", "Общо"); a row of periods ("January–November 2024 — Exports: 284.8")
/// or the total row is the series itself.
/// </summary>
internal static class BreakdownRow
{
    static readonly MetricCatalog Catalog = MetricCatalog.Default;

    public static bool IsItem(string line)
    {
        if (RowFields.Read(line) is not { } row) return false;
        // "Динамика за четыре года — 2025 — Товарооборот: …": a row headed by its period is the series in that period,
        // whatever the caption before it says (a sentence introducing the table names no measure of its own).
        if (row.Lead.Count > 0 && PeriodFinder.Find(row.Lead[^1], null).Count > 0) return false;
        var item = false;
        foreach (var label in row.Lead.Concat(row.Cells.Where(c => !MoneyFinder.HasDigit(c.Value)).Select(c => c.Value)))
        {
            // A code or a dash ("2709", "–") labels nothing.
            if (!label.Any(char.IsLetter)) continue;
            if (FigureWords.Default.Total.IsMatch(label)) return false;
            if (item) continue;
            item = NamesNoMeasure(label);
        }
        return item;
    }

    /// <summary>
    /// Whether a column's header names an item of what the row's caption measures ("Crude oil (KZ→BG) (USD million)",
    /// "Ferroalloys", "в т.ч. с цел почивка"), not the measure itself: it names no metric, no period, no country, no total,
    /// and is more than a unit or a word for "the value" ("Value, USD million", "Стойност"). A cell under such a header is a
    /// part of the caption's total ("Trade in selected goods — 2022 — Crude oil: 18.4; …; Total turnover: 181.3"), so the
    /// caption's metric is not its own.
    /// </summary>
    public static bool NamesItemColumn(string header)
    {
        if (!header.Any(char.IsLetter) || FigureWords.Default.Total.IsMatch(header)) return false;
        var name = Unparenthesized(header);
        if (name.Length == 0 || MoneyFinder.IsOnlyUnit(name) || FigureWords.Default.ValueHeader.IsMatch(name)) return false;
        // "(KZ→BG)" says which way the item goes, not that the column is a country's.
        return NamesNoMeasure(name) && Catalog.FindInText(header).Count == 0;
    }

    static bool NamesNoMeasure(string label) =>
        PeriodFinder.Find(label, null).Count == 0 && Catalog.FindInText(label).Count == 0
        && Catalog.Countries.Find(label, 0, label.Length).Count == 0 && Catalog.OtherCountries.Find(label).Count == 0;

    /// <summary>A header less what it says in parentheses (its unit, its direction): "Crude oil (KZ→BG) (USD million)" → "Crude oil".</summary>
    static string Unparenthesized(string header)
    {
        var text = new System.Text.StringBuilder(header.Length);
        var depth = 0;
        foreach (var c in header)
        {
            if (c == '(') depth++;
            else if (c == ')') depth = Math.Max(0, depth - 1);
            else if (depth == 0) text.Append(c);
        }
        return text.ToString().Trim().TrimEnd(',', ':').Trim();
    }
}
