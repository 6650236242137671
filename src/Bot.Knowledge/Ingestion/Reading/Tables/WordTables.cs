using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Bot.Knowledge.Ingestion.Reading.Tables;

/// <summary>
/// The blocks of a Word body in reading order: each paragraph as it is, each data table (w:tbl) as the lines
/// <see cref="TableText"/> gives it — one per row with its headers and unit, as HTML and Markdown tables are read —
/// and a table used for layout (one cell, a cell holding a table or several paragraphs of prose) as the blocks of its
/// cells, so data tables nested in it are read as tables too.
/// </summary>
public static class WordTables
{
    /// <summary>A cell longer than this holds prose, not a value or a label.</summary>
    const int ProseChars = 200;

    public static List<string> Blocks(OpenXmlElement container)
    {
        var blocks = new List<string>();
        Append(container, blocks);
        return blocks;
    }

    static void Append(OpenXmlElement container, List<string> blocks)
    {
        foreach (var element in container.ChildElements)
        {
            switch (element)
            {
                case Paragraph p:
                    // A caption is read with its table, as the unit the table's values are in.
                    if (IsCaption(p) && (element.NextSibling() is Table next && !IsLayout(next) || element.PreviousSibling() is Table previous && !IsLayout(previous))) continue;
                    blocks.Add(p.InnerText);
                    break;
                case Table table when IsLayout(table):
                    foreach (var cell in OwnRows(table).SelectMany(r => r.Elements<TableCell>())) Append(cell, blocks);
                    break;
                case Table table:
                    blocks.AddRange(Read(table).Lines());
                    break;
                case TableProperties or TableGrid or SectionProperties:
                    break;
                default:
                    // Content controls, custom XML and the like wrap paragraphs and tables of the body.
                    Append(element, blocks);
                    break;
            }
        }
    }

    static bool IsCaption(Paragraph p) => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value is { } style
        && style.Equals("Caption", StringComparison.OrdinalIgnoreCase);

    static IEnumerable<TableRow> OwnRows(Table table) => table.Elements<TableRow>();

    static bool IsLayout(Table table)
    {
        var cells = OwnRows(table).SelectMany(r => r.Elements<TableCell>()).ToList();
        if (cells.Count < 2) return true;
        if (cells.Any(c => c.Descendants<Table>().Any() || c.Elements<Paragraph>().Count(p => p.InnerText.Trim().Length > 0) > 2)) return true;
        return cells.Any(c => c.InnerText.Length > ProseChars) && !IsGrid(table);
    }

    /// <summary>
    /// Whether a table is a grid of records under a row naming its columns — a programme's "Date | Time | Event | Venue",
    /// a list of treaties — where a long cell is one record's description, not a page's prose: every row has the same
    /// cells, at least two records, and a first row of short labels.
    /// </summary>
    static bool IsGrid(Table table)
    {
        var rows = OwnRows(table).Select(r => r.Elements<TableCell>().ToList()).ToList();
        if (rows.Count < 3 || rows[0].Count < 2 || rows.Any(r => r.Count != rows[0].Count)) return false;
        return rows[0].All(c => c.InnerText.Trim() is { Length: > 0 and <= MaxLabelChars });
    }

    /// <summary>The longest column label of a grid's first row.</summary>
    const int MaxLabelChars = 60;

    static TableText Read(Table table)
    {
        var rows = OwnRows(table).ToList();
        // Rows marked to repeat on each page (w:tblHeader) are the header; without them the first row names the columns,
        // as in most hand-made tables, unless it reads as the first row of data (TableText.FirstRowNamesColumns).
        var marked = rows.TakeWhile(r => r.TableRowProperties?.GetFirstChild<TableHeader>() is { } h && (h.Val is null || h.Val.Value != OnOffOnlyValues.Off)).Count();
        var headerRows = rows.Count < 2 ? 0 : Math.Clamp(marked > 0 ? marked : 1, 0, rows.Count - 1);
        var grid = Grid(rows, headerRows);
        if (marked == 0 && headerRows == 1 && !TableText.FirstRowNamesColumns(grid)) grid = Grid(rows, headerRows = 0);
        return new TableText(Caption(table), grid.Take(headerRows).ToList(), grid.Skip(headerRows).ToList()) { NearbyUnit = NearbyUnit(table) };
    }

    /// <summary>A heading over a table longer than this is a paragraph of prose, not its title.</summary>
    const int MaxHeadingChars = 200;

    /// <summary>
    /// A paragraph styled "Caption" just above the table, else just below it; else, as HTML tables are titled, a short
    /// paragraph right above it that is all bold or opens with a table's label ("Table 1. Trade in selected goods, USD
    /// million"): most notes title their tables so, with no caption style, and without the title a row line ("2022 —
    /// Total turnover: 181.3") says neither what it counts nor in what unit. That paragraph stays a block of its own.
    /// </summary>
    static string? Caption(Table table)
    {
        if (table.PreviousSibling() is Paragraph above && IsCaption(above)) return Flatten(above.InnerText);
        if (table.NextSibling() is Paragraph below && IsCaption(below) && below.NextSibling() is not Table) return Flatten(below.InnerText);
        if (table.PreviousSibling() is Paragraph heading && Flatten(heading.InnerText) is { Length: <= MaxHeadingChars } title
            && (AllBold(heading) || PageLayoutWords.TableLabel.IsMatch(title)))
            return title;
        return null;
    }

    /// <summary>Every run of text in the paragraph is bold, as a heading typed by hand is.</summary>
    static bool AllBold(Paragraph p)
    {
        var runs = p.Descendants<Run>().Where(r => r.InnerText.Trim().Length > 0).ToList();
        return runs.Count > 0 && runs.All(r => r.RunProperties?.Bold is { } b && (b.Val is null || b.Val.Value));
    }

    /// <summary>The unit stated by the paragraph introducing the table, else by a note right under it (<see cref="TableUnit"/>).</summary>
    static string? NearbyUnit(Table table) =>
        TableUnit.Above(table.PreviousSibling() is Paragraph above ? Flatten(above.InnerText) : null)
        ?? TableUnit.Below(table.NextSibling() is Paragraph below ? Flatten(below.InnerText) : null);

    /// <summary>
    /// The cells placed on the table's grid, as <see cref="HtmlTables"/> places them: a cell spanning columns
    /// (gridSpan) fills each of them in a header row and only its first in a body row; a cell merged with the one above
    /// (vMerge) repeats its text in a header row or the first column, and is empty elsewhere (a value is stated once).
    /// </summary>
    static List<string?[]> Grid(List<TableRow> rows, int headerRows)
    {
        var grid = new List<string?[]>();
        var above = new Dictionary<int, string?>();
        for (var i = 0; i < rows.Count; i++)
        {
            var placed = new Dictionary<int, string?>();
            var column = (int)(rows[i].TableRowProperties?.GetFirstChild<GridBefore>()?.Val?.Value ?? 0);
            foreach (var cell in rows[i].Elements<TableCell>())
            {
                var properties = cell.TableCellProperties;
                var span = Math.Clamp(properties?.GridSpan?.Val?.Value ?? 1, 1, 50);
                var merge = properties?.VerticalMerge;
                var continues = merge is not null && (merge.Val is null || merge.Val.Value == MergedCellValues.Continue);
                var text = continues ? above.GetValueOrDefault(column) : CellText(cell);
                var shown = !continues || i < headerRows || column == 0 ? text : null;
                for (var c = 0; c < span; c++)
                {
                    placed[column + c] = c == 0 || i < headerRows ? shown : null;
                    above[column + c] = text;
                }
                column += span;
            }
            grid.Add(Enumerable.Range(0, placed.Count == 0 ? 0 : placed.Keys.Max() + 1).Select(c => placed.GetValueOrDefault(c)).ToArray());
        }
        return grid;
    }

    static string? CellText(TableCell cell) =>
        Flatten(string.Join(' ', cell.Elements<Paragraph>().Select(p => p.InnerText)));

    static string? Flatten(string s)
    {
        var text = string.Join(' ', s.Split((char[])[' ', '\t', '\n', '\r', '\u00A0'], StringSplitOptions.RemoveEmptyEntries));
        return text.Length == 0 ? null : text;
    }
}
