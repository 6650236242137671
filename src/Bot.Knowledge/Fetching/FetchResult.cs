namespace Bot.Knowledge.Fetching;

/// <summary>
/// A download: either "not modified" (the validators we sent still hold) or the body with the validators to send
/// next time. <see cref="FinalUrl"/> is where redirects ended.
/// </summary>
public sealed record FetchResult(bool NotModified, Uri FinalUrl, byte[] Body, string? MediaType, string? Charset, string? ETag, string? LastModified)
{
    public static FetchResult Unchanged(Uri url, string? etag, string? lastModified) => new(true, url, [], null, null, etag, lastModified);
}
