namespace Bot.Sources.Fetching;

/// <summary>A feed, page or article could not be had; the message is the reason shown in reports and notices.</summary>
public sealed class SourceFetchException(string reason) : Exception(reason);
