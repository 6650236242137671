namespace Bot.Sources.State;

/// <summary>What became of a feed item: stored, set aside for a stated reason, or not had (tried again later).</summary>
public static class ItemStates
{
    public const string Ingested = "ingested";
    public const string Skipped = "skipped";
    public const string Failed = "failed";
}
