using System.Globalization;
using System.Xml.Linq;

namespace Bot.TestKit.Feeds;

/// <summary>One entry of a test feed.</summary>
public sealed record Entry(string Link, string Title, DateTimeOffset? Published, string Summary = "", params string[] Categories);

/// <summary>Writes RSS 2.0 and Atom 1.0 documents the way publishers' CMSs do, for the loopback server to serve.</summary>
public static class FeedXml
{
    static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    public static string Rss(string title, params Entry[] entries) =>
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n" +
        new XElement("rss", new XAttribute("version", "2.0"),
            new XElement("channel",
                new XElement("title", title),
                new XElement("link", "https://example.invalid/"),
                new XElement("description", title + " news"),
                entries.Select(e => new XElement("item",
                    new XElement("title", e.Title),
                    new XElement("link", e.Link),
                    new XElement("guid", new XAttribute("isPermaLink", "true"), e.Link),
                    e.Published is { } p ? new XElement("pubDate", Rfc822(p)) : null,
                    new XElement("description", e.Summary),
                    e.Categories.Select(c => new XElement("category", c))))));

    // "Thu, 12 Mar 2026 16:05:00 +0200", as RSS 2.0 wants it.
    static string Rfc822(DateTimeOffset p) =>
        p.ToString("ddd, dd MMM yyyy HH:mm:ss ", CultureInfo.InvariantCulture) + p.ToString("zzz", CultureInfo.InvariantCulture).Replace(":", "", StringComparison.Ordinal);

    public static string AtomFeed(string title, params Entry[] entries) =>
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n" +
        new XElement(Atom + "feed",
            new XElement(Atom + "title", title),
            new XElement(Atom + "id", "urn:uuid:" + Guid.NewGuid()),
            new XElement(Atom + "updated", DateTimeOffset.UtcNow.ToString("yyyy-MM-dd'T'HH:mm:ssK", CultureInfo.InvariantCulture)),
            entries.Select(e => new XElement(Atom + "entry",
                new XElement(Atom + "title", e.Title),
                new XElement(Atom + "link", new XAttribute("rel", "alternate"), new XAttribute("href", e.Link)),
                new XElement(Atom + "id", e.Link),
                e.Published is { } p ? new XElement(Atom + "published", p.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture)) : null,
                new XElement(Atom + "updated", (e.Published ?? DateTimeOffset.UtcNow).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture)),
                new XElement(Atom + "summary", e.Summary))));
}
