namespace Bot.Knowledge.Model;

/// <summary>Where an event took place: a city, a venue or a country, with its entity where it resolved.</summary>
public sealed record EventPlace(string Name, string? EntityId, string? Country);
