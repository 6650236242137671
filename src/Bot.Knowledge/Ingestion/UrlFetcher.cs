using System.Text;
using Bot.Knowledge.Fetching;

namespace Bot.Knowledge.Ingestion;

/// <summary>
/// The fetch and read steps for a document named by URL: downloaded through the <see cref="GuardedFetcher"/> (so an
/// internal address, a redirect to file://, a body that trickles past the time limit or grows past the size limit is
/// this URL's error, never the run's), decoded, and read by its media type.
/// </summary>
public sealed class UrlFetcher(GuardedFetcher fetcher)
{
    public const int MaxBytes = 5 * 1024 * 1024;

    const string Accept = "text/html, application/xhtml+xml, text/markdown, text/plain;q=0.9, application/pdf;q=0.8, */*;q=0.5";

    static UrlFetcher() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public UrlFetcher(HttpClient http, FetchLimits? limits = null) : this(new GuardedFetcher(() => http, () => limits ?? FetchLimits.Ingestion)) { }

    public async Task<SourceDocument> FetchAsync(Uri url, CancellationToken ct)
    {
        if (url.Scheme is not ("http" or "https")) throw new IngestionException($"only http and https URLs can be ingested, not {url.Scheme}:");
        FetchResult fetched;
        try { fetched = await fetcher.FetchAsync(url, Accept, null, null, ct); }
        catch (FetchException e) { throw new IngestionException(e.Message); }
        var canonical = UrlCanonicalizer.Canonical(fetched.FinalUrl);
        var media = fetched.MediaType ?? "text/html";
        return media switch
        {
            "text/plain" => WithUrl(PlainTextReader.Read(canonical, Decode(fetched)), canonical),
            "text/markdown" or "text/x-markdown" => WithUrl(MarkdownReader.Read(canonical, Decode(fetched)), canonical),
            "text/html" or "application/xhtml+xml" => HtmlReader.Read(canonical, canonical, Decode(fetched)),
            "application/pdf" => WithUrl(Reading.PdfReader.Read(canonical, fetched.Body), canonical),
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document" => WithUrl(Reading.DocxReader.Read(canonical, fetched.Body), canonical),
            _ => throw new IngestionException($"unsupported content type {media}"),
        };
    }

    /// <summary>A text that names no source of its own is cited by the address it came from.</summary>
    static SourceDocument WithUrl(SourceDocument doc, string url) => doc.Url is null ? doc with { Url = url } : doc;

    /// <summary>The charset the server named, else the bytes' own evidence (a mark, valid UTF-8, the detector).</summary>
    static string Decode(FetchResult fetched)
    {
        if (fetched.Charset is not { Length: > 0 } charset || charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase)) return TextDecoder.Decode(fetched.Body);
        try { return Encoding.GetEncoding(charset.Trim('"')).GetString(fetched.Body); }
        catch (ArgumentException) { throw new IngestionException($"unknown encoding '{charset}'"); }
    }
}
