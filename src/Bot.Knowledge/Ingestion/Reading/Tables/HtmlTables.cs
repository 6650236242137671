using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace Bot.Knowledge.Ingestion.Reading.Tables;

/// <summary>
/// Replaces each data table of a page by its text as <see cref="TableText"/> gives it, one paragraph per line, so the
/// article reader and the extractors see rows with their headers instead of cells run together. A layout table (one
/// cell, a table holding tables, cells holding paragraphs, role="presentation") is left as it is; data tables nested
/// in it are read. A table's caption, or the heading right before it, leads each of its row lines.
/// </summary>
public static class HtmlTables
{
    const int MaxHeadingChars = 200;

    public static void Linearize(IDocument dom)
    {
        // Innermost first: a layout table is judged after the data tables inside it have become paragraphs.
        foreach (var table in dom.QuerySelectorAll("table").OfType<IHtmlTableElement>().Reverse().ToList())
        {
            if (IsLayout(table)) continue;
            var lines = Read(table).Lines();
            var block = dom.CreateElement("div");
            foreach (var line in lines)
            {
                var p = dom.CreateElement("p");
                p.TextContent = line;
                block.AppendChild(p);
            }
            table.Parent?.ReplaceChild(block, table);
        }
    }

    static bool IsLayout(IHtmlTableElement table)
    {
        if (table.GetAttribute("role") is "presentation" or "none") return true;
        var rows = OwnRows(table).ToList();
        if (rows.Count == 0) return true;
        var cells = rows.SelectMany(r => r.Cells).ToList();
        if (cells.Count < 2) return true;
        // A cell laid out with paragraphs, lists, headings or another table holds page content, not a value.
        return cells.Any(c => c.QuerySelector("table, p, ul, ol, h1, h2, h3, h4, h5, h6, div > div, article, section") is not null);
    }

    static IEnumerable<IHtmlTableRowElement> OwnRows(IHtmlTableElement table) =>
        table.Rows.Where(r => r.Closest("table") == table);

    static TableText Read(IHtmlTableElement table)
    {
        var rows = OwnRows(table).ToList();
        var grid = Grid(rows);
        var headerRows = HeaderRowCount(table, rows, grid);
        return new TableText(
            Caption(table),
            grid.Take(headerRows).ToList(),
            grid.Skip(headerRows).ToList()) { NearbyUnit = NearbyUnit(table) };
    }

    /// <summary>The unit stated by the paragraph introducing the table, else by a note right under it.</summary>
    static string? NearbyUnit(IHtmlTableElement table)
    {
        var (before, after) = (table.PreviousElementSibling, table.NextElementSibling);
        for (var e = (IElement)table; before is null && e.ParentElement is { LocalName: "div" or "figure" } wrapper && wrapper.FirstElementChild == e; e = wrapper)
            before = wrapper.PreviousElementSibling;
        for (var e = (IElement)table; after is null && e.ParentElement is { LocalName: "div" or "figure" } wrapper && wrapper.LastElementChild == e; e = wrapper)
            after = wrapper.NextElementSibling;
        if (table.Caption is { } caption && TableUnit.Above(Flatten(caption.TextContent)) is { } captionUnit) return captionUnit;
        return TableUnit.Above(before is { LocalName: "p" or "div" or "h2" or "h3" or "h4" or "h5" or "h6" } ? Flatten(before.TextContent) : null)
            ?? TableUnit.Below(after is { LocalName: "p" or "div" or "small" } ? Flatten(after.TextContent) : null);
    }

    /// <summary>
    /// What the table counts: its &lt;caption&gt;, else a heading right before it (an h2–h6, or a paragraph that is all
    /// bold), as pages title a table they give no caption; the heading stays where it is as a line of its own.
    /// </summary>
    static string? Caption(IHtmlTableElement table)
    {
        if (table.Caption is { } caption) return Flatten(caption.TextContent);
        var before = table.PreviousElementSibling;
        // A table wrapped on its own ("div.table-responsive") is titled by what comes before its wrapper.
        for (var e = (IElement)table; before is null && e.ParentElement is { LocalName: "div" or "figure" } wrapper && wrapper.FirstElementChild == e; e = wrapper)
            before = wrapper.PreviousElementSibling;
        if (before is null || Flatten(before.TextContent) is not { Length: <= MaxHeadingChars } text) return null;
        var bold = before.LocalName == "p" && before.Children.Length == 1 && before.Children[0].LocalName is "strong" or "b"
            && Flatten(before.Children[0].TextContent) == text;
        return before.LocalName is "h2" or "h3" or "h4" or "h5" or "h6" || bold ? text : null;
    }

    /// <summary>
    /// The rows in &lt;thead&gt;, else the leading rows of &lt;th&gt; cells only, else — in a table without any
    /// &lt;th&gt; — the first row when it reads as column names (<see cref="TableText.FirstRowNamesColumns"/>), which is
    /// how most hand-made tables give them.
    /// </summary>
    static int HeaderRowCount(IHtmlTableElement table, List<IHtmlTableRowElement> rows, List<string?[]> grid)
    {
        if (rows.Count < 2) return 0;
        var inHead = rows.TakeWhile(r => r.ParentElement is IHtmlTableSectionElement { LocalName: "thead" }).Count();
        if (inHead > 0) return Math.Min(inHead, rows.Count - 1);
        var allTh = rows.TakeWhile(r => r.Cells.All(c => c.LocalName == "th")).Count();
        if (allTh > 0) return Math.Min(allTh, rows.Count - 1);
        return rows.SelectMany(r => r.Cells).Any(c => c.LocalName == "th") || !TableText.FirstRowNamesColumns(grid) ? 0 : 1;
    }

    /// <summary>
    /// The cells placed on a grid: a cell spanning columns fills each of them in a header row and only its first in a
    /// body row (a value is stated once); a cell spanning rows repeats below it only as a header (the first column).
    /// </summary>
    static List<string?[]> Grid(List<IHtmlTableRowElement> rows)
    {
        var placed = new List<Dictionary<int, string?>>();
        for (var i = 0; i < rows.Count; i++) placed.Add([]);
        var headerLike = new bool[rows.Count];
        for (var i = 0; i < rows.Count; i++)
        {
            var column = 0;
            headerLike[i] = rows[i].Cells.All(c => c.LocalName == "th") || rows[i].ParentElement?.LocalName == "thead";
            foreach (var cell in rows[i].Cells)
            {
                while (placed[i].ContainsKey(column)) column++;
                var text = Flatten(CellText(cell));
                var colSpan = Math.Clamp(cell.ColumnSpan, 1, 50);
                var rowSpan = Math.Clamp(cell.RowSpan, 1, rows.Count - i);
                for (var r = 0; r < rowSpan; r++)
                    for (var c = 0; c < colSpan; c++)
                    {
                        var repeat = (r == 0 || column == 0) && (c == 0 || headerLike[i]);
                        placed[i + r][column + c] = repeat ? text : null;
                    }
                column += colSpan;
            }
        }
        return placed.Select(row => Enumerable.Range(0, row.Count == 0 ? 0 : row.Keys.Max() + 1)
            .Select(c => row.GetValueOrDefault(c)).ToArray()).ToList();
    }

    /// <summary>A cell's words, a line break in it ("Ерлан Сағадиев&lt;br&gt;Білім және ғылым министрі") a space between two of them, not nothing.</summary>
    static string CellText(IElement cell)
    {
        if (cell.QuerySelector("br") is null) return cell.TextContent;
        var text = new System.Text.StringBuilder();
        foreach (var node in cell.GetDescendants())
            if (node is IText t) text.Append(t.Data);
            else if (node is IElement { LocalName: "br" }) text.Append(' ');
        return text.ToString();
    }

    static string? Flatten(string s)
    {
        var text = string.Join(' ', s.Split((char[])[' ', '\t', '\n', '\r', '\u00A0'], StringSplitOptions.RemoveEmptyEntries));
        return text.Length == 0 ? null : text;
    }
}
