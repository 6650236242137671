using System.Globalization;
using System.Xml;
using System.Xml.Linq;
using Bot.Knowledge.SourceState;

namespace Bot.Sources.Feeds;

/// <summary>One outline of an OPML file: a feed (xmlUrl) or a page (type="link", url), with its name and our interval.</summary>
public sealed record OpmlOutline(string Url, string? Name, bool IsPage, TimeSpan? Interval);

/// <summary>
/// OPML 2.0 feed lists in and out (System.Xml). An OPML file comes from anywhere, so it is read with DTDs prohibited —
/// no external entities (XXE), no entity expansion (billion laughs) — and a size cap; outlines nest in folders at any
/// depth. Our per-source interval travels as an extra "interval" attribute (seconds), which other readers ignore.
/// </summary>
public static class OpmlFile
{
    public const long MaxChars = 2 * 1024 * 1024;

    public static IReadOnlyList<OpmlOutline> Read(Stream stream)
    {
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            MaxCharactersInDocument = MaxChars,
            MaxCharactersFromEntities = 0,
        };
        XDocument doc;
        try
        {
            using var reader = XmlReader.Create(stream, settings);
            doc = XDocument.Load(reader);
        }
        catch (XmlException e)
        {
            throw new FeedListException(e.Message.Contains("DTD", StringComparison.OrdinalIgnoreCase)
                ? "not accepted: the file declares a DTD (OPML needs none, and a DTD can hide entity attacks)"
                : $"not a readable OPML file: {e.Message}", e);
        }
        if (doc.Root?.Name.LocalName != "opml" || doc.Root.Element("body") is not { } body)
            throw new FeedListException("not an OPML file: no <opml><body>");
        return body.Descendants("outline").Select(Outline).OfType<OpmlOutline>().ToList();
    }

    static OpmlOutline? Outline(XElement e)
    {
        var isPage = (string?)e.Attribute("type") is { } type && type.Equals("link", StringComparison.OrdinalIgnoreCase) && e.Attribute("xmlUrl") is null;
        var url = ((string?)e.Attribute("xmlUrl") ?? (isPage ? (string?)e.Attribute("url") : null))?.Trim();
        if (string.IsNullOrEmpty(url)) return null; // a folder
        var name = ((string?)e.Attribute("title") ?? (string?)e.Attribute("text"))?.Trim();
        TimeSpan? interval = long.TryParse((string?)e.Attribute("interval"), NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) && seconds > 0
            ? TimeSpan.FromSeconds(seconds) : null;
        return new OpmlOutline(url, string.IsNullOrEmpty(name) ? null : name, isPage, interval);
    }

    public static void Write(IEnumerable<FeedStatus> sources, IReadOnlyDictionary<string, long?> ownIntervals, Stream destination, DateTimeOffset now)
    {
        var body = new XElement("body", sources.Select(s => new XElement("outline",
            new XAttribute("text", s.Name), new XAttribute("title", s.Name),
            s.Kind == "page" ? new XAttribute("type", "link") : new XAttribute("type", "rss"),
            s.Kind == "page" ? new XAttribute("url", s.Url) : new XAttribute("xmlUrl", s.Url),
            ownIntervals.GetValueOrDefault(s.Key) is { } seconds ? new XAttribute("interval", seconds.ToString(CultureInfo.InvariantCulture)) : null,
            s.Paused ? new XAttribute("paused", "true") : null)));
        var doc = new XDocument(new XDeclaration("1.0", "utf-8", null),
            new XElement("opml", new XAttribute("version", "2.0"),
                new XElement("head", new XElement("title", "kzbg-bot sources"), new XElement("dateCreated", now.ToString("R", CultureInfo.InvariantCulture))),
                body));
        using var writer = XmlWriter.Create(destination, new XmlWriterSettings { Indent = true, Encoding = new System.Text.UTF8Encoding(false), CloseOutput = false });
        doc.Save(writer);
    }
}
