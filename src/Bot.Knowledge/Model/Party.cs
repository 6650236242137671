namespace Bot.Knowledge.Model;

/// <summary>One side of an agreement. EntityId is set when the name resolved to a known institution, city or state.</summary>
public sealed record Party(string Name, string? Country, string? EntityId);
