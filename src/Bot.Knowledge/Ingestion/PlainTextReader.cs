using Bot.Knowledge.Ingestion.Reading;

namespace Bot.Knowledge.Ingestion;

/// <summary>
/// A .txt file, as a page is laid out (<see cref="LayoutText"/>: a note saved by pdftotext -layout has pages, indented
/// paragraphs, hyphenated line ends and column tables): the pages' running heads and feet dropped, the title the first
/// line or the one after a letterhead, the dateline (if any) gives the date and sometimes the source, else a "Source:"
/// line does; page furniture is dropped.
/// </summary>
public static class PlainTextReader
{
    public static SourceDocument Read(string uri, string text)
    {
        var paragraphs = RunningLines.Strip(LayoutText.Pages(text));
        if (paragraphs.Count == 0) throw new IngestionException("no text (only whitespace)");
        // A page copied from a browser brings its furniture (breadcrumbs, byline, share row, "related" list); the
        // dateline is read before it goes, since the byline line is often where the date is.
        var dateline = Dateline.Find(paragraphs);
        var article = PageFurniture.Strip(paragraphs);
        var kept = article.Count > 0 ? article : paragraphs;
        return new DocumentParts(kept)
        {
            Title = Letterhead.TitleAfter(kept),
            Published = Dateline.OfText(dateline, paragraphs),
            Source = dateline?.SourceUrl ?? SourceLine.Find(paragraphs),
            PageLines = paragraphs,
        }.ToDocument(uri);
    }
}
