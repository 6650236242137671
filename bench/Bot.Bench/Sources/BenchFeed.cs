using System.Globalization;
using System.Xml.Linq;

namespace Bot.Bench.Sources;

/// <summary>An RSS 2.0 feed of the generated articles, newest first, as a news agency's CMS would write it.</summary>
internal static class BenchFeed
{
    public static string Rss(string baseUrl, IEnumerable<BenchArticle> articles) =>
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n" +
        new XElement("rss", new XAttribute("version", "2.0"),
            new XElement("channel",
                new XElement("title", "Bench News"),
                new XElement("link", baseUrl + "/"),
                new XElement("description", "Kazakhstan–Bulgaria news for the source-monitor bench"),
                articles.OrderByDescending(a => a.Published).Select(a => new XElement("item",
                    new XElement("title", a.Title),
                    new XElement("link", baseUrl + a.Path + "?utm_source=rss&utm_medium=feed"),
                    new XElement("guid", new XAttribute("isPermaLink", "false"), a.Path),
                    new XElement("pubDate", a.Published.ToString("ddd, dd MMM yyyy HH:mm:ss", CultureInfo.InvariantCulture) + " +0500")))));
}
