namespace Bot.Knowledge.Model;

/// <summary>A paragraph-sized piece of a document, as retrieval returns it with its rank, lower first: bm25 from a full-text search, the place in the reading order from the sentence ranker's retrieval.</summary>
public sealed record Passage(long Id, string Text, double Rank, string? FactId, SourceRef Source);
