using Bot.Knowledge;
using Bot.Sources.Dedup;

namespace Bot.Sources.State;

/// <summary>Article URLs already handled (table source_items), and the fingerprints of the articles taken in recently.</summary>
public sealed class SeenItems(KnowledgeStore store, TimeProvider clock)
{
    public SourceItemRow? Find(string url) => store.Db.Connection.Find<SourceItemRow>(url);

    /// <summary>True when the URL needs no more work: handled, or failed as often as allowed.</summary>
    public bool IsDone(string url, int maxAttempts) => Find(url) is { } row && (row.State != ItemStates.Failed || row.Attempts >= maxAttempts);

    /// <summary>A document the store already holds under this address (ingested by hand, or by an earlier pass).</summary>
    public bool InStore(string url) => store.Db.Connection.ExecuteScalar<int>("SELECT count(*) FROM documents WHERE uri = ?", url) > 0;

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
        store.Db.Connection.InsertOrReplace(row);
    }

    /// <summary>The articles taken in within the window, to compare new ones against.</summary>
    public DuplicateFinder LoadRecent(TimeSpan window, double threshold)
    {
        var finder = new DuplicateFinder(threshold);
        var since = clock.GetUtcNow().Subtract(window).ToString("O");
        foreach (var row in store.Db.Connection.Query<SourceItemRow>(
                     "SELECT * FROM source_items WHERE state = ? AND content_hash IS NOT NULL AND first_seen_at >= ? ORDER BY first_seen_at",
                     ItemStates.Ingested, since))
            finder.Add(row.Url, new ArticleFingerprint(row.ContentHash!, ArticleFingerprint.SignatureFrom(row.MinHash ?? []), row.Shingles,
                ArticleFingerprint.NumbersFrom(row.Numbers)));
        return finder;
    }
}
