namespace Bot.Knowledge.Model;

/// <summary>Where a fact came from, as an answer cites it.</summary>
public sealed record SourceRef(long DocumentId, string Title, string? Url, string? Published);
