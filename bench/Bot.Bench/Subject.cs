namespace Bot.Bench;

/// <summary>What an agreement is about, in the wording English and Russian releases use, and the field that picks its signatories.</summary>
internal sealed record Subject(string En, string Ru, string Field);
