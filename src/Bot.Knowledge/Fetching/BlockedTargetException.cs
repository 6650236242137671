namespace Bot.Knowledge.Fetching;

/// <summary>A download refused before any byte was sent: a scheme other than http/https, or an internal address.</summary>
public sealed class BlockedTargetException(string reason) : Exception(reason);
