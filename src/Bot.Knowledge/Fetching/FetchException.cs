namespace Bot.Knowledge.Fetching;

/// <summary>A feed, page or article could not be had; the message is the reason shown in reports and notices.</summary>
public sealed class FetchException(string reason) : Exception(reason);
