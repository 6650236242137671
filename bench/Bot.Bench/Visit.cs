namespace Bot.Bench;

/// <summary>Talks between a host and a visiting official, the subjects they discussed, and any documents signed during the visit.</summary>
internal sealed record Visit(DateOnly Date, City City, Official Host, Official Guest, IReadOnlyList<Subject> Topics, Signing? Signing);
