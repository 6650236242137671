namespace Bot.Knowledge.Storage;

/// <summary><see cref="Duplicate"/>: the store already holds the same text under another address, which is kept as it is.</summary>
public enum SaveStatus { Added, Updated, Unchanged, Duplicate }

/// <summary>What saving one document did, including the agreements the store had never seen before.</summary>
public sealed record SaveOutcome(SaveStatus Status, long DocumentId, int Agreements, int Figures, IReadOnlyList<long> NewAgreementIds)
{
    /// <summary>For a <see cref="SaveStatus.Duplicate"/>: the address the store has the text under.</summary>
    public string? DuplicateOf { get; init; }

    /// <summary>The stored document (title and address) whose source address this one names with a text of its own: both are kept.</summary>
    public string? SharesSourceWith { get; init; }
}
