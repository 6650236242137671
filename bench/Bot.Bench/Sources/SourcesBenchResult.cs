namespace Bot.Bench.Sources;

/// <summary>One poll of a large feed: how many items it offered, what became of them, and how fast; then the 304 re-poll.</summary>
internal sealed record SourcesBenchResult(int Items, int Processed, int Ingested, int Skipped, int Failed, int NearDuplicates, int NewAgreements, double Seconds, double RepollMs)
{
    public double ItemsPerSecond => Seconds > 0 ? Processed / Seconds : 0;

    public IEnumerable<KeyValuePair<string, double>> Pairs()
    {
        yield return new("sources_items", Items);
        yield return new("sources_items_per_s", Math.Round(ItemsPerSecond, 1));
        yield return new("sources_ingested", Ingested);
        yield return new("sources_skipped", Skipped);
        yield return new("sources_near_duplicates", NearDuplicates);
        yield return new("sources_failed", Failed);
        yield return new("sources_new_agreements", NewAgreements);
        yield return new("sources_poll_s", Math.Round(Seconds, 2));
        yield return new("sources_repoll_ms", Math.Round(RepollMs, 1));
    }
}
