using Bot.Knowledge.Model;
using Bot.Knowledge.Text;
using UglyToad.PdfPig;
using UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Exceptions;

namespace Bot.Knowledge.Ingestion.Reading;

/// <summary>
/// A PDF (statements and treaty texts are published so) read with PdfPig: its text layer page by page in reading order
/// without the running heads, feet and page numbers (<see cref="RunningLines"/>),
/// (a page holding a table by the position of its words, <see cref="PdfPageLayout"/>), the title from the document's metadata, else its first line or the line after its letterhead (<see cref="Letterhead"/>),
/// the date from the dateline or else the file's creation date, the address from a "Source:" line.
/// A scan without a text layer is refused with one line saying so, rather than stored as an empty document.
/// </summary>
public static class PdfReader
{
    static readonly ContentOrderTextExtractor.Options Layout = new() { SeparateParagraphsWithDoubleNewline = true };

    public static SourceDocument Read(string uri, byte[] bytes)
    {
        try
        {
            using var pdf = PdfDocument.Open(bytes);
            var pages = new List<IReadOnlyList<string>>();
            foreach (var page in pdf.GetPages())
            {
                var ordered = ContentOrderTextExtractor.GetText(page, Layout);
                // A page holding a table is read by where its words stand, so the table's columns stay apart.
                pages.Add(PdfPageLayout.Paragraphs(page, ordered) ?? Paragraphs.Split(TextSanitizer.Clean(ordered), markdown: false));
            }
            var paragraphs = RunningLines.Strip(pages);
            if (paragraphs.Count == 0 && pages.Any(p => p.Count > 0)) paragraphs = [.. pages.SelectMany(p => p)];
            if (paragraphs.Count == 0)
                throw new IngestionException($"no text layer: the PDF's {pdf.NumberOfPages} page(s) hold only images (a scan?); run OCR on it and ingest the result");
            var info = pdf.Information;
            var article = PageFurniture.Strip(paragraphs);
            return new DocumentParts(article.Count > 0 ? article : paragraphs)
            {
                Title = string.IsNullOrWhiteSpace(info.Title) ? Letterhead.TitleAfter(article.Count > 0 ? article : paragraphs) : TextSanitizer.Clean(info.Title),
                Published = Dateline.OfText(Dateline.Find(paragraphs), paragraphs) ?? Created(info),
                Source = SourceLine.Find(paragraphs),
            }.ToDocument(uri);
        }
        catch (PdfDocumentEncryptedException)
        {
            throw new IngestionException("the PDF is encrypted; save an unprotected copy to ingest it");
        }
        catch (Exception e) when (e is PdfDocumentFormatException or UglyToad.PdfPig.Fonts.InvalidFontFormatException or UglyToad.PdfPig.Fonts.CorruptCompressedDataException or InvalidOperationException or ArgumentException or IndexOutOfRangeException or FormatException)
        {
            throw new IngestionException($"not a readable PDF: {e.Message}");
        }
    }

    static PartialDate? Created(UglyToad.PdfPig.Content.DocumentInformation info) =>
        info.GetCreatedDateTimeOffset() is { } created ? PartialDate.From(DateOnly.FromDateTime(created.DateTime)) : null;
}
