using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace Bot.TestKit;

/// <summary>Small real PDF and Word files, made with the libraries the readers use (PdfPig, Open XML SDK).</summary>
public static class OfficeFiles
{
    /// <summary>A one-page PDF with a text layer of <paramref name="lines"/> (an empty line leaves a gap); no lines is a "scan".</summary>
    public static byte[] Pdf(string? title, DateTime? created, params string[] lines)
    {
        var builder = new PdfDocumentBuilder();
        if (title is not null) builder.DocumentInformation.Title = title;
        if (created is { } c) builder.DocumentInformation.CreationDate = $"D:{c:yyyyMMddHHmmss}";
        AddPage(builder, builder.AddStandard14Font(Standard14Font.Helvetica), lines);
        return builder.Build();
    }

    /// <summary>A PDF of several pages, each with a text layer of its lines (an empty line leaves a gap).</summary>
    public static byte[] PdfPages(string? title, params string[][] pages)
    {
        var builder = new PdfDocumentBuilder();
        if (title is not null) builder.DocumentInformation.Title = title;
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        foreach (var lines in pages) AddPage(builder, font, lines);
        return builder.Build();
    }

    static void AddPage(PdfDocumentBuilder builder, PdfDocumentBuilder.AddedFont font, string[] lines)
    {
        var page = builder.AddPage(UglyToad.PdfPig.Content.PageSize.A4);
        var y = 780.0;
        foreach (var line in lines)
        {
            if (line.Length > 0) page.AddText(line, 11, new PdfPoint(50, y), font);
            y -= line.Length > 0 ? 16 : 24;
        }
    }

    /// <summary>
    /// A one-page PDF whose lines may hold cells parted by '|', each set at its own column as a printed table sets
    /// them (the first at the margin, the others from the page's middle on); an empty line leaves a gap.
    /// </summary>
    public static byte[] PdfWithColumns(string? title, params string[] lines)
    {
        var builder = new PdfDocumentBuilder();
        if (title is not null) builder.DocumentInformation.Title = title;
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        var page = builder.AddPage(UglyToad.PdfPig.Content.PageSize.A4);
        var y = 780.0;
        foreach (var line in lines)
        {
            var cells = line.Split('|');
            for (var i = 0; i < cells.Length; i++)
                if (cells[i].Trim().Length > 0) page.AddText(cells[i].Trim(), 10, new PdfPoint(i == 0 ? 50 : 300 + 75 * (i - 1), y), font);
            y -= line.Length > 0 ? 15 : 22;
        }
        return builder.Build();
    }

    /// <summary>A .docx of the given body blocks (paragraphs, tables) and a Title property.</summary>
    public static byte[] Docx(string? title, params OpenXmlElement[] blocks)
    {
        using var stream = new MemoryStream();
        using (var word = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            word.AddMainDocumentPart().Document = new Document(new Body(blocks));
            word.PackageProperties.Title = title;
        }
        return stream.ToArray();
    }

    /// <summary>A paragraph of one run, optionally in a named style ("Caption", "Title").</summary>
    public static Paragraph Para(string text, string? style = null) => style is null
        ? new Paragraph(new Run(new Text(text)))
        : new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = style }), new Run(new Text(text)));

    /// <summary>A Word table of rows; the first <paramref name="headerRows"/> rows are marked to repeat as the header (w:tblHeader).</summary>
    public static Table Table(int headerRows, params TableRow[] rows)
    {
        var table = new Table(new TableProperties(new TableBorders()));
        for (var i = 0; i < rows.Length; i++)
        {
            if (i < headerRows) rows[i].PrependChild(new TableRowProperties(new TableHeader()));
            table.Append(rows[i]);
        }
        return table;
    }

    /// <summary>A table row of cells.</summary>
    public static TableRow Row(params TableCell[] cells) => new(cells);

    /// <summary>A table row of one-paragraph cells.</summary>
    public static TableRow Row(params string[] cells) => new(cells.Select(c => Cell(c)));

    /// <summary>
    /// A cell of one paragraph; <paramref name="span"/> columns wide (w:gridSpan); <paramref name="merge"/> "restart" starts
    /// a vertical merge and "continue" continues the one above (w:vMerge).
    /// </summary>
    public static TableCell Cell(string text, int span = 1, string? merge = null)
    {
        var properties = new TableCellProperties();
        if (span > 1) properties.Append(new GridSpan { Val = span });
        if (merge == "restart") properties.Append(new VerticalMerge { Val = MergedCellValues.Restart });
        if (merge == "continue") properties.Append(new VerticalMerge());
        return new TableCell(properties, new Paragraph(new Run(new Text(merge == "continue" ? "" : text))));
    }

    /// <summary>A cell holding the given blocks (paragraphs, a nested table), as a layout table's cell does.</summary>
    public static TableCell Cell(params OpenXmlElement[] blocks) => new(blocks.Append(new Paragraph()));

    /// <summary>A .docx of plain paragraphs, optionally a first paragraph in Word's "Title" style, and core properties.</summary>
    public static byte[] Docx(string? title, DateTime? created, string? styledTitle, params string[] paragraphs)
    {
        using var stream = new MemoryStream();
        using (var word = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var body = new Body();
            if (styledTitle is not null)
                body.Append(new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = "Title" }), new Run(new Text(styledTitle))));
            foreach (var p in paragraphs) body.Append(new Paragraph(new Run(new Text(p))));
            word.AddMainDocumentPart().Document = new Document(body);
            word.PackageProperties.Title = title;
            word.PackageProperties.Created = created;
        }
        return stream.ToArray();
    }
}
