namespace Bot.Knowledge.Model;

/// <summary>
/// A person, institution or country taking part in an event. EntityId is set when the name resolved to a known or
/// learned entity; Role says what part it played (guest, host, holder, predecessor, co_chair, head_of_delegation,
/// organiser, signatory) and Title how the text introduced it ("President of Bulgaria").
/// </summary>
public sealed record EventActor(string Name, string? EntityId, string? Country, string? Role = null, string? Title = null);
