namespace Bot.Knowledge.Model;

/// <summary>A person, place or institution with every spelling the store knows for it.</summary>
public sealed record Entity(string Id, string Type, string Name, string? Country, string? Role, IReadOnlyList<string> Aliases);
