using System.Net.Http.Headers;

namespace Bot.Knowledge.Ingestion;

/// <summary>Downloads one page for ingestion with a size cap and a timeout; only http and https.</summary>
public sealed class UrlFetcher(HttpClient http)
{
    public const int MaxBytes = 5 * 1024 * 1024;

    public async Task<SourceDocument> FetchAsync(Uri url, CancellationToken ct)
    {
        if (url.Scheme is not ("http" or "https")) throw new IngestionException($"only http and https URLs can be ingested, not {url.Scheme}:");
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(TimeSpan.FromSeconds(30));
        HttpResponseMessage response;
        try
        {
            response = await http.GetAsync(url, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
        }
        catch (HttpRequestException e) { throw new IngestionException($"could not fetch: {e.Message}"); }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested) { throw new IngestionException("timed out after 30 s"); }
        using (response)
        {
            if (!response.IsSuccessStatusCode) throw new IngestionException($"HTTP {(int)response.StatusCode} {response.ReasonPhrase}");
            if (response.Content.Headers.ContentLength > MaxBytes) throw new IngestionException($"larger than {MaxBytes / 1024 / 1024} MB");
            var bytes = await ReadCappedAsync(response.Content, timeout.Token);
            var text = DecodeBody(bytes, response.Content.Headers.ContentType);
            var canonical = UrlCanonicalizer.Canonical(response.RequestMessage?.RequestUri ?? url);
            var media = response.Content.Headers.ContentType?.MediaType ?? "text/html";
            return media switch
            {
                "text/plain" => PlainTextReader.Read(canonical, text) with { Url = canonical },
                "text/markdown" => MarkdownReader.Read(canonical, text) is var md && md.Url is null ? md with { Url = canonical } : MarkdownReader.Read(canonical, text),
                "text/html" or "application/xhtml+xml" => HtmlReader.Read(canonical, canonical, text),
                _ => throw new IngestionException($"unsupported content type {media}"),
            };
        }
    }

    static async Task<byte[]> ReadCappedAsync(HttpContent content, CancellationToken ct)
    {
        await using var stream = await content.ReadAsStreamAsync(ct);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + read > MaxBytes) throw new IngestionException($"larger than {MaxBytes / 1024 / 1024} MB");
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }

    static string DecodeBody(byte[] bytes, MediaTypeHeaderValue? type)
    {
        var charset = type?.CharSet?.Trim('"').ToLowerInvariant();
        if (charset is null or "utf-8" or "utf8") return TextDecoder.Decode(bytes);
        try { return System.Text.Encoding.GetEncoding(charset).GetString(bytes); }
        catch (ArgumentException) { throw new IngestionException($"unknown encoding '{charset}'"); }
    }
}
