using System.Globalization;
using System.ServiceModel.Syndication;

namespace Bot.Sources.Feeds;

/// <summary>RFC 822 as RSS wants, ISO 8601 as Atom wants, and the variants publishers actually write.</summary>
internal static class LenientDates
{
    static readonly string[] Formats =
    [
        "ddd, d MMM yyyy HH:mm:ss zzz", "ddd, d MMM yyyy HH:mm zzz", "d MMM yyyy HH:mm:ss zzz", "ddd, d MMM yyyy HH:mm:ss",
        "yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd",
    ];

    public static bool TryParse(XmlDateTimeData data, out DateTimeOffset value)
    {
        var text = Normalize(data.DateTimeString);
        const DateTimeStyles styles = DateTimeStyles.AllowWhiteSpaces | DateTimeStyles.AssumeUniversal;
        if (DateTimeOffset.TryParseExact(text, Formats, CultureInfo.InvariantCulture, styles, out value)) return true;
        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, styles, out value)) return true;
        // An unreadable date is no reason to lose the item: it is treated as undated.
        value = default;
        return true;
    }

    // RFC 822 zone names .NET does not know; "+0500" works once written "+05:00".
    static string Normalize(string s)
    {
        s = s.Trim();
        foreach (var (name, offset) in new[] { ("GMT", "+00:00"), ("UTC", "+00:00"), ("UT", "+00:00"), ("EST", "-05:00"), ("EDT", "-04:00"), ("PST", "-08:00"), ("PDT", "-07:00"), ("Z", "+00:00") })
            if (s.EndsWith(" " + name, StringComparison.Ordinal)) return s[..^name.Length] + offset;
        if (s.Length > 5 && s[^5] is '+' or '-' && s[^4..].All(char.IsAsciiDigit)) return s[..^2] + ":" + s[^2..];
        return s;
    }
}
