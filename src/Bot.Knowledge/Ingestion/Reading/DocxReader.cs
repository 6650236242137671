using Bot.Knowledge.Ingestion.Reading.Tables;
using Bot.Knowledge.Model;
using Bot.Knowledge.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Bot.Knowledge.Ingestion.Reading;

/// <summary>
/// A Word document (.docx) read with the Open XML SDK: its paragraphs in order, each data table as one line per row
/// with its headers (<see cref="WordTables"/>), the title from
/// the paragraph styled as a title or the core properties, the date from the dateline or else the core properties.
/// </summary>
public static class DocxReader
{
    /// <summary>
    /// The most a Word file may unpack to. A few megabytes on disk can inflate to gigabytes (a zip bomb); a real
    /// statement or treaty text unpacks to a few megabytes at most.
    /// </summary>
    public const long MaxUnpackedBytes = 64L * 1024 * 1024;

    public static SourceDocument Read(string uri, byte[] bytes)
    {
        try
        {
            RefuseBombs(bytes);
            using var stream = new MemoryStream(bytes, writable: false);
            // The SDK counts what it actually inflates, so a zip whose headers understate the size is stopped too.
            var settings = new OpenSettings { MaxCharactersInPart = MaxUnpackedBytes / 2 };
            using var word = WordprocessingDocument.Open(stream, isEditable: false, settings);
            var body = word.MainDocumentPart?.Document?.Body ?? throw new IngestionException("the Word document has no body");
            var paragraphs = WordTables.Blocks(body)
                .Select(p => TextSanitizer.Clean(p).Trim())
                .Where(t => t.Length > 0)
                .ToList();
            if (paragraphs.Count == 0) throw new IngestionException("no text in the Word document");
            var core = word.PackageProperties;
            var article = PageFurniture.Strip(paragraphs);
            // The paragraph styled as the title is what the reader sees; the file's Title property is often a template's
            // leftover ("Press release", "Document1").
            return new DocumentParts(article.Count > 0 ? article : paragraphs)
            {
                Title = FirstNonEmpty(StyledTitle(body), core.Title),
                Published = Dateline.OfText(Dateline.Find(paragraphs), paragraphs) ?? (core.Created is { } created ? PartialDate.From(DateOnly.FromDateTime(created)) : null),
                DeclaredLang = core.Language,
            }.ToDocument(uri);
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or System.Xml.XmlException or FileFormatException)
        {
            throw new IngestionException($"not a readable Word document: {e.Message}");
        }
    }

    static void RefuseBombs(byte[] bytes)
    {
        using var zip = new System.IO.Compression.ZipArchive(new MemoryStream(bytes, writable: false), System.IO.Compression.ZipArchiveMode.Read);
        long total = 0;
        foreach (var entry in zip.Entries)
        {
            total += entry.Length;
            if (total > MaxUnpackedBytes)
                throw new IngestionException($"the Word document unpacks to more than {MaxUnpackedBytes / 1024 / 1024} MB");
        }
    }

    /// <summary>The text of the first paragraph styled "Title" or "Heading1", as Word's own title styles are named.</summary>
    static string? StyledTitle(Body body) => body.Descendants<Paragraph>()
        .FirstOrDefault(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value is "Title" or "Heading1")?.InnerText;

    static string? FirstNonEmpty(string? a, string? b) =>
        !string.IsNullOrWhiteSpace(a) ? TextSanitizer.Clean(a) : !string.IsNullOrWhiteSpace(b) ? TextSanitizer.Clean(b) : null;
}
