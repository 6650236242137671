namespace Bot.Hosting;

/// <summary>`run` was started on a store another bot process already runs on.</summary>
public sealed class StoreInUseException(string message) : Exception(message);
