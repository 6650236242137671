using Bot.Knowledge.Ingestion.Reading.Tables;
using Bot.Knowledge.Metrics;

namespace Bot.Knowledge.Extraction.Figures;

/// <summary>
/// The cell of a table row's line an amount stands in, when its column names one item of what the row's caption measures
/// ("Trade in selected goods — 2024 — Crude oil (KZ→BG) (USD million): 242.2; …; Total turnover: 375.2"), and the way
/// that item goes where its header says so with an arrow between the two countries ("KZ→BG", "България → Казахстан").
/// </summary>
public static class ItemColumn
{
    static readonly MetricCatalog Catalog = MetricCatalog.Default;

    /// <summary>Arrows written between the country a flow leaves and the one it reaches.</summary>
    static readonly string[] Arrows = ["→", "->", "⇒", "=>", "⟶"];

    /// <summary>The header of the item column holding the amount that ends at <paramref name="amountEnd"/>, and where it starts; null when there is none.</summary>
    public static (string Header, int Start)? Of(string line, int amountEnd)
    {
        // The amount may open at the unit its column's header states ("Медь (млн долларов США): 3,2"): its end is in the cell.
        if (RowFields.HeaderAt(line, amountEnd) is not { } header) return null;
        var start = line.LastIndexOf(header, Math.Max(0, amountEnd - 1), StringComparison.Ordinal);
        return start >= 0 && BreakdownRow.NamesItemColumn(header) ? (header, start) : null;
    }

    /// <summary>
    /// The direction (kz_to_bg, bg_to_kz) an item's header writes with an arrow ("Medicines (BG→KZ)"), each side a
    /// country's code in the catalogue or a word naming it; null when it writes none.
    /// </summary>
    public static string? Direction(string header)
    {
        foreach (var arrow in Arrows)
        {
            var at = header.IndexOf(arrow, StringComparison.Ordinal);
            if (at <= 0) continue;
            var from = CountryBefore(header, at);
            var to = CountryAfter(header, at + arrow.Length);
            if (from is null || to is null || from == to || !Catalog.Countries.InPair(from) || !Catalog.Countries.InPair(to)) return null;
            return $"{from.ToLowerInvariant()}_to_{to.ToLowerInvariant()}";
        }
        return null;
    }

    static string? CountryBefore(string header, int arrowAt)
    {
        var start = header.LastIndexOfAny(['(', ',', ';', '['], arrowAt - 1) + 1;
        return Country(header[start..arrowAt]);
    }

    static string? CountryAfter(string header, int from)
    {
        var end = header.IndexOfAny([')', ',', ';', ']'], from);
        return Country(header[from..(end < 0 ? header.Length : end)]);
    }

    static string? Country(string side)
    {
        var word = side.Trim();
        if (word.Length == 0) return null;
        if (word.Length == 2 && Catalog.Countries.InPair(word.ToUpperInvariant())) return word.ToUpperInvariant();
        return Catalog.Countries.Find(word, 0, word.Length) is [var only] ? only.Country : null;
    }
}
