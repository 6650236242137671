namespace Bot.Knowledge.Model;

/// <summary>A paragraph-sized piece of a document, as retrieval returns it with its bm25 rank.</summary>
public sealed record Passage(long Id, string Text, double Rank, string? FactId, SourceRef Source);
