namespace Bot.Knowledge;

/// <summary>A store problem with a message fit to show a user as one line.</summary>
public sealed class KnowledgeStoreException(string message, Exception? inner = null) : Exception(message, inner);
