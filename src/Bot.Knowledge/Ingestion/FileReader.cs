namespace Bot.Knowledge.Ingestion;

/// <summary>
/// Reads a local file by its extension into a document. The file's kind and size are checked before it is opened: a
/// pipe or a device would block the run or never end, and a huge file would be read whole before it could be refused.
/// </summary>
public static class FileReader
{
    public static readonly string[] Extensions = [".md", ".markdown", ".txt", ".html", ".htm", ".pdf", ".docx"];

    public static readonly IReadOnlySet<string> ExtensionSet = Extensions.ToHashSet(StringComparer.Ordinal);

    public static SourceDocument Read(string path, string uri)
    {
        var ext = Path.GetExtension(path).ToLowerInvariant();
        if (!ExtensionSet.Contains(ext)) throw new IngestionException($"unsupported file type '{ext}' (use .md, .txt, .html, .pdf or .docx)");
        var bytes = ReadBytes(path);
        if (ext == ".pdf") return Reading.PdfReader.Read(uri, bytes);
        if (ext == ".docx") return Reading.DocxReader.Read(uri, bytes);
        var text = TextDecoder.Decode(bytes);
        if (text.Trim().Length == 0) throw new IngestionException("empty file");
        return ext switch
        {
            ".md" or ".markdown" => MarkdownReader.Read(uri, text),
            ".txt" => PlainTextReader.Read(uri, text),
            _ => HtmlReader.Read(uri, null, text),
        };
    }

    static byte[] ReadBytes(string path)
    {
        try
        {
            var info = new FileInfo(path);
            // Pipes, sockets and devices report no size; so does an empty file. Neither is opened.
            if (info.Length == 0) throw new IngestionException("empty file, or not a regular file (a pipe, socket or device)");
            if (info.Length > UrlFetcher.MaxBytes) throw TooLarge();
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, 1, FileOptions.SequentialScan);
            var bytes = new byte[info.Length];
            var read = stream.ReadAtLeast(bytes, bytes.Length, throwOnEndOfStream: false);
            // A file that grew since it was measured is cut at the size it had; one that shrank is read as it is now.
            return read == bytes.Length ? bytes : bytes[..read];
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new IngestionException($"cannot read the file: {e.Message}");
        }
    }

    static IngestionException TooLarge() => new($"larger than {UrlFetcher.MaxBytes / 1024 / 1024} MB");
}
