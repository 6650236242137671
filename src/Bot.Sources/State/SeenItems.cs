using Bot.Knowledge.Search;
using Bot.Knowledge.SourceState;
using Bot.Sources.Dedup;

namespace Bot.Sources.State;

/// <summary>Article URLs already handled (table source_items), and the fingerprints of the articles taken in recently.</summary>
public sealed class SeenItems(SourceItemStore items, DocumentReader documents, TimeProvider clock)
{
    public SourceItemRow? Find(string url) => items.Find(url);

    /// <summary>True when the URL needs no more work: handled, or failed as often as allowed.</summary>
    public bool IsDone(string url, int maxAttempts) => Find(url) is { } row && (row.State != ItemStates.Failed || row.Attempts >= maxAttempts);

    /// <summary>A document the store already holds under this address (ingested by hand, or by an earlier pass).</summary>
    public bool InStore(string url) => documents.HasUri(url);

    public void Record(string url, string sourceKey, string state, string? reason, ArticleFingerprint? fingerprint = null, string? published = null)
    {
        var now = clock.GetUtcNow().ToString("O");
        var row = Find(url) ?? new SourceItemRow { Url = url, FirstSeenAt = now };
        row.SourceKey = sourceKey;
        row.State = state;
        row.Reason = reason;
        row.UpdatedAt = now;
        if (state == ItemStates.Failed) row.Attempts++;
        if (fingerprint is not null)
        {
            row.ContentHash = fingerprint.ContentHash;
            row.MinHash = fingerprint.SignatureBytes();
            row.Shingles = fingerprint.Shingles;
            row.Numbers = fingerprint.NumbersText();
        }
        row.Published = published ?? row.Published;
        items.Save(row);
    }

    /// <summary>The articles taken in within the window, to compare new ones against.</summary>
    public DuplicateFinder LoadRecent(TimeSpan window, double threshold)
    {
        var finder = new DuplicateFinder(threshold);
        foreach (var row in items.FingerprintedSince(ItemStates.Ingested, clock.GetUtcNow().Subtract(window)))
            finder.Add(row.Url, new ArticleFingerprint(row.ContentHash!, ArticleFingerprint.SignatureFrom(row.MinHash ?? []), row.Shingles,
                ArticleFingerprint.NumbersFrom(row.Numbers)));
        return finder;
    }
}
