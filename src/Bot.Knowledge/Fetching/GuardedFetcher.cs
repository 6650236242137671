using System.Net;

namespace Bot.Knowledge.Fetching;

/// <summary>
/// The one way the bot downloads anything from a URL it was given — a document to ingest (CLI, admin), a feed, a page,
/// an article: http and https only, internal addresses refused (here for literal addresses and "localhost", at connect
/// time in <see cref="GuardedHandler"/> for names), at most MaxRedirects hops each checked again, one time limit for
/// the whole exchange, body included, and the body cut off at MaxBytes. Every failure is a <see cref="FetchException"/>
/// naming the reason, so one bad URL is that URL's error line. Conditional GET when validators are given; never retries
/// by itself — the caller decides when to try again.
/// </summary>
/// <param name="client">The guarded client (from IHttpClientFactory), asked for only when a download starts: building a
/// verb or a worker must not read — and so validate — the settings.</param>
/// <param name="limits">Asked for at each download, for the same reason.</param>
/// <param name="clock">What the time limit is measured by (the host's clock; a test's fake one steps past it at will).</param>
public sealed class GuardedFetcher(Func<HttpClient> client, Func<FetchLimits> limits, TimeProvider? clock = null)
{
    FetchLimits Options => limits();

    public async Task<FetchResult> FetchAsync(Uri url, string accept, string? etag, string? lastModified, CancellationToken ct)
    {
        using var limit = new CancellationTokenSource(Options.Timeout, clock ?? TimeProvider.System);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct, limit.Token);
        try
        {
            return await FollowAsync(url, accept, etag, lastModified, timeout.Token);
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            throw new FetchException($"timed out after {Options.Timeout.TotalSeconds:0.#} s");
        }
        catch (UriFormatException e)
        {
            throw new FetchException($"refused: a malformed redirect address ({e.Message})");
        }
        catch (BlockedTargetException e)
        {
            throw new FetchException($"refused: {e.Message}");
        }
        catch (HttpRequestException e)
        {
            // The connect-time address check surfaces wrapped in the client's exception.
            if (FindBlocked(e) is { } blocked) throw new FetchException($"refused: {blocked.Message}");
            throw new FetchException($"could not fetch: {e.Message}");
        }
        catch (IOException e)
        {
            // A body cut short (the server hung up, a proxy reset) fails this download only.
            throw new FetchException($"could not fetch: {e.Message}");
        }
    }

    async Task<FetchResult> FollowAsync(Uri url, string accept, string? etag, string? lastModified, CancellationToken ct)
    {
        for (var hop = 0; ; hop++)
        {
            CheckTarget(url);
            using var request = new HttpRequestMessage(HttpMethod.Get, url);
            request.Headers.Accept.ParseAdd(accept);
            request.Headers.UserAgent.ParseAdd(Options.UserAgent);
            if (etag is not null) request.Headers.TryAddWithoutValidation("If-None-Match", etag);
            if (lastModified is not null) request.Headers.TryAddWithoutValidation("If-Modified-Since", lastModified);
            using var response = await client().SendAsync(request, HttpCompletionOption.ResponseHeadersRead, ct);
            var status = (int)response.StatusCode;
            if (status is 301 or 302 or 303 or 307 or 308 && response.Headers.Location is { } location)
            {
                if (hop >= Options.MaxRedirects) throw new FetchException($"more than {Options.MaxRedirects} redirects");
                url = location.IsAbsoluteUri ? location : new Uri(url, location);
                continue;
            }
            if (response.StatusCode == HttpStatusCode.NotModified) return FetchResult.Unchanged(url, etag, lastModified);
            if (!response.IsSuccessStatusCode) throw new FetchException($"HTTP {status} {response.ReasonPhrase}".TrimEnd());
            if (response.Content.Headers.ContentLength > Options.MaxBytes) throw TooLarge();
            var body = await ReadCappedAsync(response.Content, ct);
            var type = response.Content.Headers.ContentType;
            return new FetchResult(false, url, body, type?.MediaType?.ToLowerInvariant(), type?.CharSet?.Trim('"'),
                response.Headers.ETag?.ToString(), response.Content.Headers.LastModified?.ToString("R"));
        }
    }

    void CheckTarget(Uri url)
    {
        if (url.Scheme is not ("http" or "https")) throw new BlockedTargetException($"only http and https URLs are fetched, not {url.Scheme}:");
        if (Options.AllowPrivateNetworks) return;
        // Literal addresses and "localhost" are refused before any connection; names are checked at connect time.
        if (url.IsLoopback || url.HostNameType is UriHostNameType.IPv4 or UriHostNameType.IPv6
            && IPAddress.TryParse(url.IdnHost.Trim('[', ']'), out var ip) && !NetworkGuard.IsPublic(ip))
            throw new BlockedTargetException($"{url.Host} is a private-network address, which is not allowed ({Options.Setting}:AllowPrivateNetworks)");
    }

    async Task<byte[]> ReadCappedAsync(HttpContent content, CancellationToken ct)
    {
        await using var stream = await content.ReadAsStreamAsync(ct);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + read > Options.MaxBytes) throw TooLarge();
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }

    FetchException TooLarge() => new($"larger than the {Options.MaxBytes:N0}-byte limit ({Options.Setting}:MaxBytes)");

    static BlockedTargetException? FindBlocked(Exception? e)
    {
        for (; e is not null; e = e.InnerException)
            if (e is BlockedTargetException blocked) return blocked;
        return null;
    }
}
