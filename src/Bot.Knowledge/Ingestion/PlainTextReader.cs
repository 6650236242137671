namespace Bot.Knowledge.Ingestion;

/// <summary>A .txt file: the first paragraph is the title; no date is known.</summary>
public static class PlainTextReader
{
    public static SourceDocument Read(string uri, string text)
    {
        var paragraphs = Paragraphs.Split(text, markdown: false);
        if (paragraphs.Count == 0) throw new IngestionException("no text (only whitespace)");
        var title = paragraphs[0].Split('\n')[0].Trim();
        if (title.Length > 200) title = title[..200] + "…";
        return new SourceDocument(uri, title, null, null, Text.LanguageGuess.Of(text), paragraphs);
    }
}
