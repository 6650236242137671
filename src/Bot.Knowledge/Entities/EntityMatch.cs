using Bot.Knowledge.Model;

namespace Bot.Knowledge.Entities;

/// <summary>An entity found in a text, with how many of its alias keys matched (longer is more specific).</summary>
public sealed record EntityMatch(Entity Entity, string Alias, IReadOnlySet<string> Keys);
