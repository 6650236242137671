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
        var item = false;
        foreach (var label in row.Lead.Concat(row.Cells.Where(c => !MoneyFinder.HasDigit(c.Value)).Select(c => c.Value)))
        {
            // A code or a dash ("2709", "–") labels nothing.
            if (!label.Any(char.IsLetter)) continue;
            if (FigureWords.Default.Total.IsMatch(label)) return false;
            if (item) continue;
            item = PeriodFinder.Find(label, null).Count == 0 && Catalog.FindInText(label).Count == 0
                && Catalog.Countries.Find(label, 0, label.Length).Count == 0 && Catalog.OtherCountries.Find(label).Count == 0;
        }
        return item;
    }
}
