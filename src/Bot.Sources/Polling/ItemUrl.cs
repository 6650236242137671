using Bot.Knowledge.Ingestion;

namespace Bot.Sources.Polling;

/// <summary>
/// The one spelling of an article's address, the first level of deduplication: the store's canonical form (lower-case
/// scheme and host, no default port, no fragment, no utm_*/fbclid/gclid…) minus the other tracking parameters news
/// sites and mailers append. The result is a fixed point of the store's form, so the document's URI is this string.
/// </summary>
public static class ItemUrl
{
    static readonly HashSet<string> Tracking = new(StringComparer.OrdinalIgnoreCase)
    {
        "_ga", "_gl", "_hsenc", "_hsmi", "mkt_tok", "igshid", "msclkid", "dclid", "twclid", "ttclid", "li_fat_id", "wt_mc",
        "ocid", "cmpid", "s_cid", "rb_clickid", "oly_enc_id", "oly_anon_id", "vero_id", "at_medium", "at_campaign", "ref",
    };

    public static string Canonical(Uri url)
    {
        var query = url.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Where(p => !Tracking.Contains(Uri.UnescapeDataString(p.Split('=')[0])));
        var builder = new UriBuilder(url) { Query = string.Join('&', query) };
        return UrlCanonicalizer.Canonical(builder.Uri);
    }
}
