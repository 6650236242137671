namespace Bot.Knowledge.Ingestion;

/// <summary>A document that cannot be ingested, with a reason a user can act on.</summary>
public sealed class IngestionException(string reason) : Exception(reason);
