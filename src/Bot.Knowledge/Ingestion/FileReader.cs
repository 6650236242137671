namespace Bot.Knowledge.Ingestion;

/// <summary>Reads a local file by its extension into a document.</summary>
public static class FileReader
{
    public static readonly string[] Extensions = [".md", ".markdown", ".txt", ".html", ".htm"];

    public static SourceDocument Read(string path, string uri)
    {
        var ext = Path.GetExtension(path).ToLowerInvariant();
        if (!Extensions.Contains(ext)) throw new IngestionException($"unsupported file type '{ext}' (use .md, .txt or .html)");
        byte[] bytes;
        try { bytes = File.ReadAllBytes(path); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { throw new IngestionException($"cannot read the file: {e.Message}"); }
        if (bytes.Length > UrlFetcher.MaxBytes) throw new IngestionException($"larger than {UrlFetcher.MaxBytes / 1024 / 1024} MB");
        var text = TextDecoder.Decode(bytes);
        if (text.Trim().Length == 0) throw new IngestionException("empty file");
        return ext switch
        {
            ".md" or ".markdown" => MarkdownReader.Read(uri, text),
            ".txt" => PlainTextReader.Read(uri, text),
            _ => HtmlReader.Read(uri, null, text),
        };
    }
}
