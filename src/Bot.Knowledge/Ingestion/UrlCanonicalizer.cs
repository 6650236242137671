namespace Bot.Knowledge.Ingestion;

/// <summary>One spelling per page: lower-case scheme and host, no fragment, no tracking parameters.</summary>
public static class UrlCanonicalizer
{
    static readonly string[] TrackingPrefixes = ["utm_", "fbclid", "gclid", "yclid", "mc_cid", "mc_eid", "ref_src"];

    public static string Canonical(Uri uri)
    {
        var query = string.Join('&', uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Where(p => !TrackingPrefixes.Any(t => p.StartsWith(t, StringComparison.OrdinalIgnoreCase))));
        var b = new UriBuilder(uri) { Scheme = uri.Scheme.ToLowerInvariant(), Host = uri.Host.ToLowerInvariant(), Fragment = "", Query = query };
        if (b.Uri.IsDefaultPort) b.Port = -1;
        return b.Uri.AbsoluteUri;
    }
}
