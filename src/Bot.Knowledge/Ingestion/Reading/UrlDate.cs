using System.Globalization;
using System.Text.RegularExpressions;
using Bot.Knowledge.Model;

namespace Bot.Knowledge.Ingestion.Reading;

/// <summary>
/// The date a page's own address gives it, as news sites build their paths: "/2024/07/10/slug", "/2024/07/slug" (a
/// month), "/20240710/", "/2024-07-10-slug", or a query parameter named in page-layout.json ("?date=2024-07-10").
/// A longer run of digits is an id or a crawler's time stamp, never a date.
/// </summary>
public static partial class UrlDate
{
    [GeneratedRegex(@"/(?<y>(?:19|20)\d{2})/(?<m>0?[1-9]|1[0-2])/(?:(?<d>0?[1-9]|[12]\d|3[01])(?=[/?#]|$))?")]
    private static partial Regex PathSegments();

    [GeneratedRegex(@"[/_-](?<y>(?:19|20)\d{2})(?<sep>-?)(?<m>0[1-9]|1[0-2])\k<sep>(?<d>0[1-9]|[12]\d|3[01])(?=[/?#_.-]|$)")]
    private static partial Regex DayInSegment();

    [GeneratedRegex(@"[?&](?<key>[^=&#]+)=(?<value>[^&#]+)")]
    private static partial Regex QueryParameter();

    static readonly HashSet<string> DateKeys = PageLayoutWords.File.UrlDateKeys.ToHashSet(StringComparer.OrdinalIgnoreCase);

    public static PartialDate? Of(string? url)
    {
        if (string.IsNullOrWhiteSpace(url) || !Uri.TryCreate(url, UriKind.Absolute, out var uri)) return null;
        if (OfPath(uri.AbsolutePath) is { } inPath) return inPath;
        foreach (Match p in QueryParameter().Matches(uri.Query))
            if (DateKeys.Contains(Uri.UnescapeDataString(p.Groups["key"].Value)) && DocumentDate.Parse(Uri.UnescapeDataString(p.Groups["value"].Value)) is { Month: not null } stated)
                return stated;
        return null;
    }

    /// <summary>The date an address's path or a file's name gives ("/2024/07/10/slug", "/2024-05-14_visit.txt").</summary>
    public static PartialDate? OfPath(string path)
    {
        if (PathSegments().Match(path) is { Success: true } segments) return Date(segments);
        if (DayInSegment().Match(path) is { Success: true } compact) return Date(compact);
        return null;
    }

    static PartialDate? Date(Match m)
    {
        var y = int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture);
        var mo = int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture);
        if (!m.Groups["d"].Success) return new PartialDate(y, mo);
        var d = int.Parse(m.Groups["d"].Value, CultureInfo.InvariantCulture);
        return d <= DateTime.DaysInMonth(y, mo) ? new PartialDate(y, mo, d) : null;
    }
}
