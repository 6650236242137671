namespace Bot.Sources.Polling;

public enum SourceStatus { Polled, NotModified, Failed, NotDue }

/// <summary>
/// One source's poll: how many entries the feed listed (Seen), how many of them the monitor had not handled before
/// (New), and what became of those — each with its reason.
/// </summary>
public sealed record SourceReport(WatchedSource Source, SourceStatus Status, string? Error, int Seen, IReadOnlyList<ItemReport> Items)
{
    public int New => Items.Count;
    public int Ingested => Count(ItemOutcome.Ingested);
    public int Skipped => Count(ItemOutcome.Skipped) + Count(ItemOutcome.Unchanged);
    public int Failed => Count(ItemOutcome.Failed);
    public int Deferred => Count(ItemOutcome.Deferred);
    public int NewAgreements => Items.Sum(i => i.NewAgreements);

    int Count(ItemOutcome outcome) => Items.Count(i => i.Outcome == outcome);

    public static SourceReport Failure(WatchedSource source, string error) => new(source, SourceStatus.Failed, error, 0, []);
}
