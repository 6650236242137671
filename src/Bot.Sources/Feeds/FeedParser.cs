using System.ServiceModel.Syndication;
using System.Xml;
using Bot.Knowledge.Fetching;

namespace Bot.Sources.Feeds;

/// <summary>
/// Reads RSS 2.0 and Atom 1.0 with System.ServiceModel.Syndication. The XML reader is locked down for untrusted
/// input: DTDs ignored (no entity expansion, no external fetches), no resolver, and a character cap. Dates the
/// formatters reject (feeds write them in every style) are parsed leniently instead of failing the whole feed.
/// </summary>
public static class FeedParser
{
    public static IReadOnlyList<FeedItem> Parse(byte[] body, Uri feedUrl)
    {
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Ignore,
            XmlResolver = null,
            MaxCharactersFromEntities = 1024,
            MaxCharactersInDocument = body.LongLength * 2 + 1024,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
        };
        try
        {
            using var stream = new MemoryStream(body, writable: false);
            using var reader = XmlReader.Create(stream, settings, feedUrl.AbsoluteUri);
            var feed = Read(reader);
            return feed.Items.Select(i => ToItem(i, feedUrl)).ToList();
        }
        catch (Exception e) when (e is XmlException or FormatException or InvalidOperationException)
        {
            throw new FetchException($"not a readable RSS or Atom feed: {e.Message}");
        }
    }

    static SyndicationFeed Read(XmlReader reader)
    {
        reader.MoveToContent();
        SyndicationFeedFormatter formatter = new Rss20FeedFormatter { DateTimeParser = LenientDates.TryParse };
        if (!formatter.CanRead(reader)) formatter = new Atom10FeedFormatter { DateTimeParser = LenientDates.TryParse };
        if (!formatter.CanRead(reader)) throw new XmlException($"the document starts with <{reader.LocalName}>, not <rss> or <feed>");
        formatter.ReadFrom(reader);
        return formatter.Feed;
    }

    static FeedItem ToItem(SyndicationItem item, Uri feedUrl)
    {
        var published = item.PublishDate != default ? item.PublishDate : item.LastUpdatedTime != default ? item.LastUpdatedTime : (DateTimeOffset?)null;
        return new FeedItem(LinkOf(item, feedUrl), item.Title?.Text?.Trim() ?? "", SummaryOf(item),
            item.Categories.Select(c => c.Label ?? c.Name).Where(c => !string.IsNullOrWhiteSpace(c)).ToList(), published);
    }

    static Uri? LinkOf(SyndicationItem item, Uri feedUrl)
    {
        var link = item.Links.FirstOrDefault(l => l.RelationshipType is null or "alternate") ?? item.Links.FirstOrDefault();
        if (link?.Uri is { } uri) return uri.IsAbsoluteUri ? uri : new Uri(link.BaseUri ?? item.BaseUri ?? feedUrl, uri);
        // An RSS guid that is a permalink is the article's address when <link> is missing.
        return Uri.TryCreate(item.Id, UriKind.Absolute, out var id) && id.Scheme is "http" or "https" ? id : null;
    }

    static string SummaryOf(SyndicationItem item) =>
        (item.Summary as TextSyndicationContent)?.Text ?? (item.Content as TextSyndicationContent)?.Text ?? "";
}
