namespace Bot.Knowledge.Storage;

public enum SaveStatus { Added, Updated, Unchanged }

/// <summary>What saving one document did, including the agreements the store had never seen before.</summary>
public sealed record SaveOutcome(SaveStatus Status, long DocumentId, int Agreements, int Figures, IReadOnlyList<long> NewAgreementIds);
