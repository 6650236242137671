namespace Bot.Knowledge.Ingestion.Reading.Tables;

/// <summary>
/// A body row of a table read back from the line <see cref="TableText"/> wrote for it ("caption — row header — Column:
/// value; Column: value"), so an extractor can take each column as the field it is — a document's whole title, its date,
/// its place — rather than as words of one sentence.
/// </summary>
/// <param name="Lead">What stands before the cells: the caption and the row header, either of which may be missing.</param>
/// <param name="Cells">Each cell with the header of its column.</param>
public sealed record RowFields(IReadOnlyList<string> Lead, IReadOnlyList<RowFields.Cell> Cells)
{
    public readonly record struct Cell(string Header, string Value);

    /// <summary>The longest column header read as one (a header is a label, not a clause).</summary>
    const int MaxHeaderWords = 6;

    /// <summary>
    /// The row a line writes, or null for a line that is not one: its cells must all be "Header: value" (a value holding
    /// the cell separator goes on in the next piece), at least two of them — prose that happens to hold a colon and a
    /// semicolon does not read so.
    /// </summary>
    public static RowFields? Read(string line)
    {
        if (line.IndexOf(TableText.LabelSeparator, StringComparison.Ordinal) < 0
            || line.IndexOf(TableText.CellSeparator, StringComparison.Ordinal) < 0) return null;
        var pieces = line.Split(TableText.CellSeparator);
        // The lead ends at the last " — " before the first cell's label.
        var firstLabel = pieces[0].IndexOf(TableText.LabelSeparator, StringComparison.Ordinal);
        var leadEnd = pieces[0].LastIndexOf(TableText.LeadSeparator, Math.Max(0, firstLabel), StringComparison.Ordinal);
        var lead = leadEnd < 0 ? [] : pieces[0][..leadEnd].Split(TableText.LeadSeparator).Select(p => p.Trim()).Where(p => p.Length > 0).ToList();
        pieces[0] = leadEnd < 0 ? pieces[0] : pieces[0][(leadEnd + TableText.LeadSeparator.Length)..];
        var cells = new List<Cell>();
        foreach (var piece in pieces)
        {
            if (Labelled(piece) is { } cell) cells.Add(cell);
            else if (cells.Count > 0) cells[^1] = cells[^1] with { Value = cells[^1].Value + TableText.CellSeparator + piece.Trim() };
            else return null;
        }
        return cells.Count >= 2 ? new RowFields(lead, cells) : null;
    }

    /// <summary>
    /// The header of the column whose cell holds position <paramref name="at"/> of a row's line ("Дата и место подписания"
    /// for the date in "…; Дата и место подписания: 1 июня 2011 г., Астана; …"), or null when the line is no row or the
    /// position is in its lead. A cell's value is what its header says it is: the date under "Entry into force" dates the
    /// entry into force, whatever words the value itself holds.
    /// </summary>
    public static string? HeaderAt(string line, int at)
    {
        if (at <= 0 || at > line.Length || Read(line) is null) return null;
        var before = line.AsSpan(0, at);
        var start = before.LastIndexOf(TableText.CellSeparator.AsSpan());
        start = start < 0 ? 0 : start + TableText.CellSeparator.Length;
        var piece = line[start..at];
        var label = piece.IndexOf(TableText.LabelSeparator, StringComparison.Ordinal);
        if (label <= 0) return null;
        var header = piece[..label];
        var lead = header.LastIndexOf(TableText.LeadSeparator, StringComparison.Ordinal);
        header = (lead < 0 ? header : header[(lead + TableText.LeadSeparator.Length)..]).Trim();
        return Labelled(header + TableText.LabelSeparator + "x") is null ? null : header;
    }

    static Cell? Labelled(string piece)
    {
        var at = piece.IndexOf(TableText.LabelSeparator, StringComparison.Ordinal);
        if (at <= 0) return null;
        var header = piece[..at].Trim();
        var value = piece[(at + TableText.LabelSeparator.Length)..].Trim();
        if (header.Length == 0 || value.Length == 0 || LabelWords(header) > MaxHeaderWords) return null;
        return new Cell(header, value);
    }

    /// <summary>
    /// The words of a header outside its brackets: the table's unit written after it ("Экспорт Казахстана в Болгарию (млн
    /// долларов США)", "Износ за Казахстан (хил. лв.)") is no part of the label's length.
    /// </summary>
    static int LabelWords(string header)
    {
        var (words, depth, inWord) = (0, 0, false);
        foreach (var c in header)
        {
            if (c == '(') depth++;
            else if (c == ')') depth = Math.Max(0, depth - 1);
            var letter = depth == 0 && c != ')' && !char.IsWhiteSpace(c);
            if (letter && !inWord) words++;
            inWord = letter;
        }
        return words;
    }
}
