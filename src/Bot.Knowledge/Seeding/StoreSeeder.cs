using Bot.Knowledge.Entities;
using Bot.Knowledge.Ingestion;
using Bot.Knowledge.Storage;

namespace Bot.Knowledge.Seeding;

/// <summary>
/// Seeds a store this process created from data/ (unless told not to), and brings a seeded store up to date when data/
/// has changed since; re-seeding is idempotent, so unchanged documents stay as they are.
/// </summary>
public sealed class StoreSeeder(KnowledgeDb db, EntityCatalog entities, DocumentWriter writer, Ingestor ingestor, TimeProvider clock)
{
    readonly MetaTable _meta = new(db);

    public bool IsSeeded => _meta.Get("seeded_at") is not null;

    /// <returns>What seeding ingested, or null when nothing was due.</returns>
    public async Task<IngestReport?> EnsureSeededAsync(string dataDir, bool noSeed, CancellationToken ct)
    {
        if (noSeed && db.CreatedNow) return null;
        // A store is seeded when this process created it, when it was seeded before (to pick up data/ changes), or
        // when an earlier first seeding failed or was interrupted: the pending marker says it is still owed.
        if (!db.CreatedNow && !IsSeeded && _meta.Get("seed_pending") is null) return null;
        if (!Directory.Exists(dataDir)) throw new KnowledgeStoreException($"seed folder not found: {dataDir}");
        var fingerprint = SeedFingerprint.Of(dataDir);
        if (_meta.Get("seed_fingerprint") == fingerprint) return null;
        if (!IsSeeded) _meta.Set("seed_pending", clock.GetUtcNow().ToString("O"));
        var report = await new KnowledgeBaseSeeder(entities, writer, ingestor).SeedAsync(dataDir, ct);
        _meta.Remove("seed_pending");
        _meta.Set("seeded_at", clock.GetUtcNow().ToString("O"));
        _meta.Set("seed_fingerprint", fingerprint);
        return report;
    }
}
