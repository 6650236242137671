namespace Bot.Sources.Feeds;

/// <summary>One entry of a feed: where the article is, what the feed says about it, and when it was published.</summary>
public sealed record FeedItem(Uri? Link, string Title, string Summary, IReadOnlyList<string> Categories, DateTimeOffset? Published);
