namespace Bot.Sources.Polling;

public enum ItemOutcome { Ingested, Unchanged, Skipped, Failed, Deferred }

/// <summary>What happened to one article in a poll, with the reason when it was not stored, and the agreements it brought that the store did not know.</summary>
public sealed record ItemReport(string Url, ItemOutcome Outcome, string? Reason, string? Title = null)
{
    public IReadOnlyList<long> NewAgreementIds { get; init; } = [];

    public int NewAgreements => NewAgreementIds.Count;
}
