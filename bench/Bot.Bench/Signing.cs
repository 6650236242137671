namespace Bot.Bench;

/// <summary>A ceremony at which documents were signed: when, where, on what occasion, and what.</summary>
internal sealed record Signing(DateOnly Date, City City, string OccasionEn, string OccasionRu, IReadOnlyList<AgreementItem> Items);
