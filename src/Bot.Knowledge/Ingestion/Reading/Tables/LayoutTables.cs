using Bot.Knowledge.Extraction;

namespace Bot.Knowledge.Ingestion.Reading.Tables;

/// <summary>
/// A table in text laid out as on the printed page (pdftotext -layout): columns aligned by runs of spaces, a header
/// perhaps wrapped or hyphenated over two lines ("Товаро-" over "оборот"), a unit on a line of its own above it or in a
/// header, a title line above that. Read as <see cref="TableText"/> reads HTML, Markdown and Word tables: one line per
/// row with its row header, column headers and unit, so every row gives its figures.
/// </summary>
public static partial class LayoutTables
{
    /// <summary>Spaces that part two columns; one space parts the words of a cell.</summary>
    const int Gap = 2;
    const int MaxHeaderLines = 4, MaxTitleChars = 160, MaxContinuationChars = 60;

    /// <summary>A table found in a page's lines: the lines it covers (title, unit and header included) and its text.</summary>
    public sealed record Found(int First, int Last, TableText Table);

    /// <summary>The tables of a page's lines, in order, none overlapping.</summary>
    public static List<Found> Find(IReadOnlyList<string> lines)
    {
        var found = new List<Found>();
        for (var i = 0; i < lines.Count; i++)
        {
            if (!IsDataRow(lines[i]) || NextDataRow(lines, i) is not { } next || !SharesValueColumn(lines[i], lines[next])) continue;
            var last = LastRow(lines, i);
            var first = Math.Max(found.Count > 0 ? found[^1].Last + 1 : 0, 0);
            if (Read(lines, first, i, last) is { } table)
            {
                // A rule closing the table ("-----" under its last row) is part of it, not text.
                var end = table.Last + 1 < lines.Count && IsRule(lines[table.Last + 1]) ? table.Last + 1 : table.Last;
                var above = Block(lines, table.First - 1, -1, first);
                // The line right over the table is its title even when no blank line parts it from the paragraph above
                // ("…банка РК." then "1. Динамика взаимной торговли, млн долларов США"), as a PDF's tight spacing sets it.
                var unit = TableUnit.Above(table.First > first ? lines[table.First - 1] : null) ?? TableUnit.Above(above) ?? TableUnit.Below(Block(lines, end + 1, 1, lines.Count - 1))
                    ?? TableUnit.Footnote(table.Table.Caption ?? above, lines, end + 1);
                found.Add(table with { Last = end, Table = table.Table with { NearbyUnit = unit } });
            }
            i = last;
        }
        return found;
    }

    /// <summary>
    /// The block of lines next to a table, read from <paramref name="from"/> on in <paramref name="step"/>'s direction over
    /// at most one blank line and up to <paramref name="bound"/>: the paragraph introducing it, or the note under it.
    /// </summary>
    static string? Block(IReadOnlyList<string> lines, int from, int step, int bound)
    {
        var i = from;
        if (i >= 0 && i < lines.Count && lines[i].Trim().Length == 0) i += step;
        var block = new List<string>();
        for (; i >= 0 && i < lines.Count && (step > 0 ? i <= bound : i >= bound) && lines[i].Trim().Length > 0 && block.Count < MaxHeaderLines; i += step)
            block.Add(lines[i].Trim());
        if (step < 0) block.Reverse();
        return block.Count == 0 ? null : string.Join(' ', block);
    }

    /// <summary>A line of two or more cells, at least one after the first a number ("2023   120,5   80,1", "Wheat   9 015.0").</summary>
    static bool IsDataRow(string line)
    {
        var cells = Cells(line);
        return cells.Count >= 2 && cells.Skip(1).Any(c => IsValue(c.Text));
    }

    static bool IsValue(string text) => NumberParser.Parse(text.TrimEnd('%', '*').Trim()) is not null || TableText.IsEmpty(text) && text.Trim().Length > 0;

    [System.Text.RegularExpressions.GeneratedRegex(@"^\d{1,2}(?:\.\d{1,2})*\.?\s+(?=\p{L})")]
    private static partial System.Text.RegularExpressions.Regex SectionNumber();

    /// <summary>A ruled line ("------", "====="), as a printed table draws under its header or last row.</summary>
    static bool IsRule(string line)
    {
        var t = line.Trim();
        return t.Length >= 3 && t.All(c => c is '-' or '–' or '—' or '=' or '_' or '─' or '━' or ' ');
    }

    static bool IsYear(string text) => text.Length == 4 && int.TryParse(text, out var y) && y is >= 1900 and <= 2100;

    /// <summary>The next data row after line <paramref name="i"/>, over continuation lines and at most one blank line.</summary>
    static int? NextDataRow(IReadOnlyList<string> lines, int i)
    {
        var blanks = 0;
        for (var j = i + 1; j < lines.Count; j++)
        {
            if (lines[j].Trim().Length == 0) { if (++blanks > 1) return null; continue; }
            if (IsRule(lines[j])) continue;
            if (IsDataRow(lines[j])) return j;
            if (!IsContinuation(lines[j])) return null;
        }
        return null;
    }

    /// <summary>A wrapped cell's second line: one short cell of words, no figures ("Казахстана" under "Экспорт из").</summary>
    static bool IsContinuation(string line)
    {
        var cells = Cells(line);
        return cells.Count == 1 && cells[0].Text.Length <= MaxContinuationChars && !MoneyFinder.HasDigit(cells[0].Text);
    }

    /// <summary>Two rows of one table put a value in the same column.</summary>
    static bool SharesValueColumn(string a, string b) =>
        Cells(a).Skip(1).Any(x => IsValue(x.Text) && Cells(b).Skip(1).Any(y => IsValue(y.Text) && x.Start <= y.End && y.Start <= x.End));

    static int LastRow(IReadOnlyList<string> lines, int i)
    {
        var last = i;
        while (NextDataRow(lines, last) is { } next && SharesValueColumn(lines[i], lines[next])) last = next;
        return last;
    }

    /// <summary>The table whose data rows run from <paramref name="firstRow"/> to <paramref name="lastRow"/>, with the header, unit and title above them.</summary>
    static Found? Read(IReadOnlyList<string> lines, int floor, int firstRow, int lastRow)
    {
        var rows = Enumerable.Range(firstRow, lastRow - firstRow + 1).Where(j => IsDataRow(lines[j])).ToList();
        var header = new List<int>();
        // A first row of years over the values ("Показатель   2022   2023   2024") is the header.
        var firstCells = Cells(lines[firstRow]);
        // A column of words beside the years ("Изменение, %", "Change, %") heads a column too.
        var yearsHeader = rows.Count > 2 && (firstCells.All(c => IsYear(c.Text))
            || !IsValue(firstCells[0].Text) && firstCells.Skip(1).Any(c => IsYear(c.Text)) && firstCells.Skip(1).All(c => IsYear(c.Text) || !IsValue(c.Text)));
        if (yearsHeader)
        {
            header.Add(firstRow);
            rows.RemoveAt(0);
        }
        var columns = Columns(lines, rows);
        if (columns.Count < 2) return null;
        // Above the rows, with no blank line between: header lines, a wrapped header's second line, the unit.
        string? unit = null;
        var at = firstRow - 1;
        for (; at >= floor && header.Count < MaxHeaderLines && lines[at].Trim().Length > 0 && !IsSentence(lines[at]); at--)
        {
            if (IsRule(lines[at])) continue;
            var cells = Cells(lines[at]);
            if (cells.Count == 1 && MoneyFinder.IsOnlyUnit(cells[0].Text)) unit ??= cells[0].Text;
            // The unit stands over the header: a line above it is the title, not a header line.
            else if (unit is not null) break;
            else if (cells.Count == 1 && Overlapped(cells[0], columns) != 1) break;
            else header.Insert(0, at);
        }
        // The title: a line of its own right above them, not a sentence — or one blank line above them when it ends in
        // the unit ("Таблица 1. Външна търговия на България с Казахстан, хил. щ.д."), as a release spaces its tables.
        string? title = null;
        var first = at + 1;
        if (at > floor && lines[at].Trim().Length == 0 && TableText.EndsWithUnit(lines[at - 1].Trim())) at--;
        if (at >= floor && lines[at].Trim() is { Length: > 0 and <= MaxTitleChars } t && !IsSentence(t) && Cells(lines[at]).Count == 1
            && (at == floor || lines[at - 1].Trim().Length == 0) && !t.EndsWith(',') && !LayoutText.EndsHyphenated(t))
        {
            // A section's number ("2. Trade by year") numbers the note, not what the rows count.
            title = SectionNumber().Replace(t, "");
            first = at;
        }
        var headerCells = new string?[columns.Count];
        foreach (var h in header.OrderBy(h => h))
            foreach (var cell in Cells(lines[h]))
            {
                var c = ColumnOf(cell, columns);
                headerCells[c] = Join(headerCells[c], cell.Text);
            }
        var body = new List<string?[]>();
        for (var j = firstRow; j <= lastRow; j++)
        {
            if (lines[j].Trim().Length == 0 || IsRule(lines[j]) || yearsHeader && j == firstRow) continue;
            string?[] row;
            if (IsDataRow(lines[j]) || body.Count == 0) body.Add(row = new string?[columns.Count]);
            else row = body[^1];
            foreach (var cell in Cells(lines[j]))
            {
                var c = ColumnOf(cell, columns);
                row[c] = Join(row[c], cell.Text);
            }
        }
        var caption = title is null ? unit : unit is null ? title : $"{title.TrimEnd(',', ':', ' ')}, {unit}";
        var headerRows = headerCells.Any(h => h is not null) ? new List<string?[]> { headerCells } : [];
        return new Found(first, lastRow, new TableText(caption, headerRows, body));
    }

    /// <summary>How many columns a cell overlaps: a wrapped header's second line stands in one.</summary>
    static int Overlapped(Cell cell, List<(int Start, int End)> columns) => columns.Count(c => cell.Start < c.End && c.Start < cell.End);

    /// <summary>A line of prose: it ends a sentence (a title's closing unit, "…с Казахстан, хил. щ.д.", ends none), or runs long in one cell.</summary>
    static bool IsSentence(string line)
    {
        var t = line.Trim();
        return t.EndsWith('.') && !t.EndsWith("..", StringComparison.Ordinal) && t.Split(' ').Length > 3 && !TableText.EndsWithUnit(t)
            || Cells(line) is [{ Text.Length: > MaxTitleChars }];
    }

    /// <summary>
    /// The table's columns: the spans of characters its rows fill, parted where every row has a run of spaces. The
    /// first column is the row header's.
    /// </summary>
    static List<(int Start, int End)> Columns(IReadOnlyList<string> lines, List<int> rows)
    {
        var width = rows.Max(r => lines[r].Length);
        var filled = new bool[width];
        foreach (var r in rows)
            foreach (var cell in Cells(lines[r]))
                for (var x = cell.Start; x < cell.End; x++) filled[x] = true;
        var columns = new List<(int Start, int End)>();
        var i = 0;
        while (i < width)
        {
            if (!filled[i]) { i++; continue; }
            var (start, end) = (i, i);
            while (i < width)
            {
                if (filled[i]) { end = ++i; continue; }
                var run = 0;
                while (i + run < width && !filled[i + run]) run++;
                if (run >= Gap || i + run >= width) break;
                i += run;
            }
            columns.Add((start, end));
            i = end;
        }
        return columns;
    }

    /// <summary>The column a cell stands in: the one it overlaps most, else the nearest.</summary>
    static int ColumnOf(Cell cell, List<(int Start, int End)> columns)
    {
        var best = 0;
        var bestScore = int.MinValue;
        for (var c = 0; c < columns.Count; c++)
        {
            var overlap = Math.Min(cell.End, columns[c].End) - Math.Max(cell.Start, columns[c].Start);
            if (overlap > bestScore) (best, bestScore) = (c, overlap);
        }
        return best;
    }

    /// <summary>Two lines of one cell: a word hyphenated over them is joined ("Товаро-" + "оборот"), else a space.</summary>
    static string Join(string? above, string below)
    {
        if (above is null) return below;
        return LayoutText.EndsHyphenated(above) && below.Length > 0 && char.IsLower(below[0]) ? above[..^1] + below : above + " " + below;
    }

    readonly record struct Cell(int Start, int End, string Text);

    /// <summary>The cells of a line: runs of text parted by <see cref="Gap"/> or more spaces.</summary>
    static List<Cell> Cells(string line)
    {
        var cells = new List<Cell>();
        var i = 0;
        while (i < line.Length)
        {
            while (i < line.Length && char.IsWhiteSpace(line[i])) i++;
            if (i >= line.Length) break;
            var start = i;
            var end = i;
            while (i < line.Length)
            {
                if (!char.IsWhiteSpace(line[i])) { end = ++i; continue; }
                var spaces = 0;
                while (i + spaces < line.Length && char.IsWhiteSpace(line[i + spaces])) spaces++;
                if (spaces >= Gap || i + spaces >= line.Length) break;
                i += spaces;
            }
            cells.Add(new Cell(start, end, line[start..end]));
            i = end;
        }
        return cells;
    }
}
