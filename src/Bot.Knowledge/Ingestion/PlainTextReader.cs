using Bot.Knowledge.Ingestion.Reading;
using Bot.Knowledge.Text;

namespace Bot.Knowledge.Ingestion;

/// <summary>A .txt file: the first line is the title, the dateline (if any) gives the date and sometimes the source.</summary>
public static class PlainTextReader
{
    public static SourceDocument Read(string uri, string text)
    {
        var paragraphs = Paragraphs.Split(TextSanitizer.Clean(text), markdown: false);
        if (paragraphs.Count == 0) throw new IngestionException("no text (only whitespace)");
        return new DocumentParts(paragraphs).ToDocument(uri);
    }
}
