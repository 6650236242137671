using Bot.Knowledge.Ingestion.Reading;
using Bot.Knowledge.Text;

namespace Bot.Knowledge.Ingestion;

/// <summary>A .txt file: the first line is the title, the dateline (if any) gives the date and sometimes the source; page furniture is dropped.</summary>
public static class PlainTextReader
{
    public static SourceDocument Read(string uri, string text)
    {
        var paragraphs = Paragraphs.Split(TextSanitizer.Clean(text), markdown: false);
        if (paragraphs.Count == 0) throw new IngestionException("no text (only whitespace)");
        // A page copied from a browser brings its furniture (breadcrumbs, byline, share row, "related" list); the
        // dateline is read before it goes, since the byline line is often where the date is.
        var dateline = Dateline.Find(paragraphs);
        var article = PageFurniture.Strip(paragraphs);
        return new DocumentParts(article.Count > 0 ? article : paragraphs) { Published = dateline?.Date ?? ClosingDate.Find(paragraphs), Source = dateline?.SourceUrl }.ToDocument(uri);
    }
}
