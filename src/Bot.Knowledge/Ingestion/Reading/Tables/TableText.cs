using Bot.Knowledge.Extraction;

namespace Bot.Knowledge.Ingestion.Reading.Tables;

/// <summary>
/// A data table as lines a reader and the sentence-based extractors can use: one line per body row naming what the
/// table counts (its caption, less the unit), the row header and each cell's column header with the table's unit, in
/// the page's own words: "Trade with Bulgaria — 2023 — Exports (US$ million): 120.5; Imports (US$ million): 80.1".
/// A row line is a passage of its own, so it says what it counts: "Bulgarians in Kazakhstan by census — 1989 —
/// Number: 10,228" is found by a question on Bulgarians in 1989, where "1989 — Number: 10,228" would not be.
/// </summary>
/// <param name="Caption">The table's caption, if it has one.</param>
/// <param name="Header">The header rows, each cell spread over the columns it spans.</param>
/// <param name="Body">The body rows; the first cell of each is its row header.</param>
public sealed record TableText(string? Caption, IReadOnlyList<string?[]> Header, IReadOnlyList<string?[]> Body)
{
    /// <summary>The unit the text around the table states for its values (<see cref="TableUnit"/>), when its caption and corner state none.</summary>
    public string? NearbyUnit { get; init; }

    /// <summary>Between the caption, the row header and the cells of a row's line (<see cref="RowFields"/> reads them back).</summary>
    internal const string LeadSeparator = " — ";
    /// <summary>Between two cells of a row's line.</summary>
    internal const string CellSeparator = "; ";
    /// <summary>Between a column's header and the cell's value.</summary>
    public const string LabelSeparator = ": ";

    public List<string> Lines()
    {
        if (Transposed() is { } byPeriod) return byPeriod.Lines();
        if (SignatureLines() is { } signatures) return signatures;
        var lines = new List<string>();
        var columns = Math.Max(Header.Select(r => r.Length).DefaultIfEmpty(0).Max(), Body.Select(r => r.Length).DefaultIfEmpty(0).Max());
        // A one-column table is a list: each row is its own line, under the caption.
        if (columns < 2)
        {
            if (!string.IsNullOrWhiteSpace(Caption)) lines.Add(Caption.Trim());
            lines.AddRange(Body.Select(r => r.FirstOrDefault()).OfType<string>().Where(c => c.Length > 0));
            return lines;
        }
        // The unit of the whole table, from the caption or the corner cell, goes with every column that states none;
        // the rest of the caption leads every row.
        var (subject, captionUnit) = Split(Caption);
        subject = PageLayoutWords.TableLabel.Replace(subject, "");
        var tableUnit = captionUnit ?? Split(ColumnHeader(0)).Unit ?? NearbyUnit;
        var lead = subject.Length > 0 ? subject + LeadSeparator : "";
        // The table's unit is the unit of its values: a column of words ("Goods: Crude oil") is in none.
        var headers = Enumerable.Range(0, columns).Select(j => j == 0 ? ColumnHeader(0) : Labelled(ColumnHeader(j), HoldsValues(j) ? tableUnit : null)).ToArray();
        foreach (var row in Body)
        {
            var cells = Enumerable.Range(1, columns - 1)
                .Where(j => j < row.Length && !IsEmpty(row[j]))
                .Select(j => headers[j] is { } h ? h + LabelSeparator + row[j] : row[j]!)
                .ToList();
            var rowHeader = row.Length > 0 && !string.IsNullOrWhiteSpace(row[0]) ? row[0] : null;
            if (cells.Count == 0) { if (rowHeader is not null) lines.Add(lead + rowHeader); continue; }
            lines.Add(lead + (rowHeader is null ? string.Join(CellSeparator, cells) : rowHeader + LeadSeparator + string.Join(CellSeparator, cells)));
        }
        // A caption over a table without a body row still says something.
        if (lines.Count == 0 && subject.Length > 0) lines.Add(Caption!.Trim());
        return lines;
    }

    /// <summary>
    /// A signature block laid out as a table, a side's head over each column ("За Правителството на Република България |
    /// За Правителството на Република Казахстан", "… Үкіметі үшін"): no column is a row header, so each row's line names
    /// every cell by its column's head ("За …: Петър Москов Министър …; За …: Тамара Дуйсенова …"), never one side's signer
    /// by the other side's head.
    /// </summary>
    List<string>? SignatureLines()
    {
        var columns = Header.Select(r => r.Length).DefaultIfEmpty(0).Max();
        if (columns < 2 || Body.Count == 0 || !Enumerable.Range(0, columns).All(j => ColumnHeader(j) is { } h && SignatureColumns.IsHead(h))) return null;
        return Body.Select(row => string.Join(CellSeparator, Enumerable.Range(0, columns)
                .Where(j => j < row.Length && !IsEmpty(row[j])).Select(j => ColumnHeader(j) + LabelSeparator + row[j])))
            .Where(l => l.Length > 0).ToList();
    }

    /// <summary>Whether a column holds a number in some row, or no words at all (every cell empty or a mark for no value).</summary>
    bool HoldsValues(int column) =>
        Body.Any(r => column < r.Length && r[column] is { } cell && NumberParser.Parse(cell.Trim().TrimEnd('%', '*').Trim()) is not null)
        || Body.All(r => column >= r.Length || IsEmpty(r[column]));

    /// <summary>The longest cell a header row holds: a column's name is a label, not a clause.</summary>
    const int MaxHeaderCellChars = 60;

    /// <summary>
    /// Whether the first row of a table that marks no header (no &lt;th&gt;, no &lt;thead&gt;, no repeated Word row)
    /// names its columns, as most hand-made tables do — or is its first row of data, as a list of visits is written
    /// ("July 1993 | Official visit of …" over "September 1999 | Return state visit …"): a row holding a clause-long
    /// cell, or opening with a date where the row under it opens with one too, is data. Read as a header, such a row
    /// would lose its own fact and lend its words as a label to every other row's.
    /// </summary>
    public static bool FirstRowNamesColumns(IReadOnlyList<string?[]> rows)
    {
        if (rows.Count < 2) return false;
        var first = rows[0];
        if (first.Any(c => c is { Length: > MaxHeaderCellChars })) return false;
        return !(IsDate(first.FirstOrDefault()) && IsDate(rows[1].FirstOrDefault()));
    }

    /// <summary>A cell that is a date or a span of days ("July 1993", "23-24 July 2006", "15.09.1999"), not a year alone (a period column's header).</summary>
    static bool IsDate(string? cell) =>
        cell is { Length: > 4 } && DateFinder.Find(cell.Trim(), null) is [var date] && date.Index <= 2 && date.EndIndex >= cell.Trim().Length - 2;

    /// <summary>A cell that states nothing: blank, or a mark standing for "no data" (page-layout.json's emptyCells: "…", "-", "x").</summary>
    internal static bool IsEmpty(string? cell) => string.IsNullOrWhiteSpace(cell) || PageLayoutWords.EmptyCellSet.Contains(cell.Trim());

    /// <summary>
    /// A table whose columns are periods ("Indicator | 2022 | 2023 | 2024") turned so each period is a row, so its lines
    /// are per period as in a table by year ("2023 — Exports (US$ million): 120.5; Imports …"), however the page laid
    /// it out. Null when the columns are not all periods or the rows already are.
    /// </summary>
    TableText? Transposed()
    {
        var columns = Math.Max(Header.Select(r => r.Length).DefaultIfEmpty(0).Max(), Body.Select(r => r.Length).DefaultIfEmpty(0).Max());
        if (Body.Count == 0) return null;
        // A column of changes ("2024 to 2023, %", "Изменение, %") states no value of any period: turned into a row it
        // would read as one ("2024 to 2023, % — Exports (US$ million): 1100.1"), so it is left out.
        var periods = Enumerable.Range(1, columns - 1).Where(j => ColumnHeader(j) is not { } h || !h.Contains('%', StringComparison.Ordinal)).ToList();
        if (periods.Count < 2 || !periods.All(j => NamesYear(ColumnHeader(j)))) return null;
        // "Exports 2023 | Exports 2024" name what is counted as well as when: the rows are items counted so (goods,
        // regions), and each row already reads as a line of its own.
        if (periods.Any(j => Metrics.MetricCatalog.Default.FindInText(ColumnHeader(j)!).Count > 0)) return null;
        if (Body.Any(r => NamesYear(r.FirstOrDefault()))) return null;
        // The corner cell ("Indicator", "US$ million") stays the corner, where a unit is read for the whole table.
        var header = new string?[Body.Count + 1];
        header[0] = ColumnHeader(0);
        for (var i = 0; i < Body.Count; i++) header[i + 1] = Body[i].FirstOrDefault();
        var body = periods
            .Select(j => new[] { ColumnHeader(j) }.Concat(Body.Select(r => j < r.Length ? r[j] : null)).ToArray())
            .ToList();
        return new TableText(Caption, [header], body) { NearbyUnit = NearbyUnit };
    }

    /// <summary>Whether a header names a year ("2024", "2024*", "2024 г.", "January–June 2024"), as a period column does.</summary>
    static bool NamesYear(string? text)
    {
        if (string.IsNullOrEmpty(text)) return false;
        for (var i = 0; i + 4 <= text.Length; i++)
        {
            if ((i > 0 && char.IsDigit(text[i - 1])) || (i + 4 < text.Length && char.IsDigit(text[i + 4]))) continue;
            if (int.TryParse(text.AsSpan(i, 4), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var year)
                && year is >= 1990 and <= 2100) return true;
        }
        return false;
    }

    /// <summary>The words over a column: each header row's cell once, outer to inner ("Trade, Exports").</summary>
    string? ColumnHeader(int column)
    {
        var words = Header.Select(r => column < r.Length ? r[column]?.Trim() : null)
            .Where(w => !string.IsNullOrEmpty(w)).Distinct(StringComparer.Ordinal).ToList();
        return words.Count == 0 ? null : string.Join(", ", words);
    }

    /// <summary>A column's name with its unit last, in parentheses, as a value's label reads: "Trade, Exports (US$ million)".</summary>
    static string? Labelled(string? header, string? tableUnit)
    {
        if (header is null) return null;
        // A column of shares ("Share, %") is in percent, whatever the table's money unit.
        if (header.Contains('%', StringComparison.Ordinal)) tableUnit = null;
        var parts = header.Split(", ").Select(Split).ToList();
        var unit = parts.Select(p => p.Unit).LastOrDefault(u => u is not null) ?? tableUnit;
        var name = string.Join(", ", parts.Select(p => p.Name).Where(n => n.Length > 0));
        return unit is null ? name : name.Length == 0 ? unit : $"{name} ({unit})";
    }

    /// <summary>Whether a title line states its table's unit at its end ("…, тыс. долл. США", "… (USD mn)", "хил. щ.д.").</summary>
    internal static bool EndsWithUnit(string text) => Split(text).Unit is not null;

    /// <summary>A caption or header as its name and the money unit it states, if any ("Trade, US$ million" → "Trade", "US$ million").</summary>
    static (string Name, string? Unit) Split(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return ("", null);
        var t = text.Trim();
        // "Bilateral trade turnover, USD million (Kazakh statistics)": a closing note that is no unit stays with the name,
        // so the unit is read on its own and each value's label reads "Turnover (USD million)".
        if (t.EndsWith(')') && t.LastIndexOf('(') is var noteAt and > 0 && !MoneyFinder.IsMoneyUnit(t[(noteAt + 1)..^1])
            && Split(t[..noteAt]) is { Unit: not null } inner)
            return ((inner.Name + " " + t[noteAt..]).Trim(), inner.Unit);
        var open = t.LastIndexOf('(');
        if (open >= 0 && t.IndexOf(')', open) is var close and > 0 && MoneyFinder.IsMoneyUnit(t[(open + 1)..close]))
            return ((t[..open] + t[(close + 1)..]).Trim().TrimEnd(',', ':').Trim(), t[(open + 1)..close].Trim());
        var comma = t.LastIndexOf(',');
        if (comma >= 0 && MoneyFinder.IsMoneyUnit(t[(comma + 1)..])) return (t[..comma].Trim(), t[(comma + 1)..].Trim());
        return MoneyFinder.IsOnlyUnit(t) ? ("", t) : (t, null);
    }
}
