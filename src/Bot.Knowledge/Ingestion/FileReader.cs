using System.Buffers;

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
        if (ext == ".pdf") return Reading.PdfReader.Read(uri, ReadBytes(path));
        if (ext == ".docx") return Reading.DocxReader.Read(uri, ReadBytes(path));
        var text = ReadText(path);
        // Asked without trimming: a trimmed copy of every file that ends in a newline was made only to be measured.
        if (string.IsNullOrWhiteSpace(text)) throw new IngestionException("empty file");
        return ext switch
        {
            ".md" or ".markdown" => MarkdownReader.Read(uri, text),
            ".txt" => PlainTextReader.Read(uri, text),
            _ => HtmlReader.Read(uri, null, text),
        };
    }

    static byte[] ReadBytes(string path)
    {
        var bytes = new byte[Size(path)];
        var read = ReadInto(path, bytes);
        return read == bytes.Length ? bytes : bytes[..read];
    }

    /// <summary>A text file decoded from a pooled buffer: its bytes are needed only until they are a string.</summary>
    static string ReadText(string path)
    {
        var size = Size(path);
        var buffer = ArrayPool<byte>.Shared.Rent(size);
        try { return TextDecoder.Decode(buffer.AsSpan(0, ReadInto(path, buffer.AsSpan(0, size)))); }
        finally { ArrayPool<byte>.Shared.Return(buffer); }
    }

    static int Size(string path)
    {
        try
        {
            var info = new FileInfo(path);
            // Pipes, sockets and devices report no size; so does an empty file. Neither is opened.
            if (info.Length == 0) throw new IngestionException("empty file, or not a regular file (a pipe, socket or device)");
            if (info.Length > UrlFetcher.MaxBytes) throw TooLarge();
            return (int)info.Length;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new IngestionException($"cannot read the file: {e.Message}");
        }
    }

    /// <returns>How many bytes were read: a file that grew since it was measured is cut at the size it had; one that shrank is read as it is now.</returns>
    static int ReadInto(string path, Span<byte> bytes)
    {
        try
        {
            // A handle read at offsets: no stream and no stream buffer for a file read once, whole.
            using var handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, FileOptions.SequentialScan);
            var read = 0;
            for (int n; read < bytes.Length && (n = RandomAccess.Read(handle, bytes[read..], read)) > 0;) read += n;
            return read;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new IngestionException($"cannot read the file: {e.Message}");
        }
    }

    static IngestionException TooLarge() => new($"larger than {UrlFetcher.MaxBytes / 1024 / 1024} MB");
}
