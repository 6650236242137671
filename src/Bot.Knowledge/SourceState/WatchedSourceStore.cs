using Bot.Knowledge.Storage;

namespace Bot.Knowledge.SourceState;

/// <summary>The watched feeds and pages (table watched_sources): what the monitor polls and the admins manage.</summary>
public sealed class WatchedSourceStore(KnowledgeDb db, TimeProvider clock)
{
    /// <summary>Every source, removed ones included, in the order they were added.</summary>
    public List<WatchedSourceRow> All() => db.ReadCurrent(c => c.Query<WatchedSourceRow>("SELECT * FROM watched_sources ORDER BY added_at, rowid"));

    public WatchedSourceRow? Find(string key) => db.ReadCurrent(c => c.Find<WatchedSourceRow>(key));

    /// <summary>
    /// Makes the stored copy of the configured sources match <paramref name="configured"/> in one transaction: new ones
    /// added, changed ones updated (their pause and removal, an operator's decisions, kept), and configured rows no
    /// longer in the settings dropped. Sources added at run time are not touched. Nothing is written in a read-only store.
    /// </summary>
    public void SyncConfigured(IReadOnlyList<WatchedSourceRow> configured)
    {
        if (db.IsReadOnly) return;
        db.InTransaction(c =>
        {
            var now = clock.GetUtcNow().ToString("O");
            var keys = configured.Select(r => r.SourceKey).ToHashSet(StringComparer.Ordinal);
            foreach (var stale in c.Query<WatchedSourceRow>("SELECT * FROM watched_sources WHERE origin = ?", WatchedSourceRow.FromSettings))
                if (!keys.Contains(stale.SourceKey)) c.Delete(stale);
            foreach (var row in configured)
            {
                // A source an admin added first and the settings list now becomes a configured one.
                c.Execute("""
                    INSERT INTO watched_sources(source_key, kind, url, name, interval_seconds, include_json, languages_json, origin, added_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                    ON CONFLICT(source_key) DO UPDATE SET kind = excluded.kind, url = excluded.url, name = excluded.name,
                      interval_seconds = excluded.interval_seconds, include_json = excluded.include_json,
                      languages_json = excluded.languages_json, origin = excluded.origin
                    """, row.SourceKey, row.Kind, row.Url, row.Name, row.IntervalSeconds, row.IncludeJson, row.LanguagesJson, WatchedSourceRow.FromSettings, now);
            }
        });
    }

    /// <returns>False when the source is already watched (a removed one is brought back instead).</returns>
    public bool Add(WatchedSourceRow row)
    {
        row.AddedAt = clock.GetUtcNow().ToString("O");
        // Looked up under the write lock: two admins adding the same feed at once add it once.
        return db.Write(c =>
        {
            if (c.Find<WatchedSourceRow>(row.SourceKey) is { } known)
            {
                if (!known.Removed) return false;
                c.Execute("UPDATE watched_sources SET removed = 0, paused = 0, name = coalesce(?, name), interval_seconds = coalesce(?, interval_seconds) WHERE source_key = ?",
                    row.Name, row.IntervalSeconds, row.SourceKey);
                return true;
            }
            c.Insert(row);
            return true;
        });
    }

    /// <summary>A configured source stays as a "removed" row, so the settings do not bring it back at the next start.</summary>
    public void Remove(string key) => db.InTransaction(c =>
    {
        c.Execute("UPDATE watched_sources SET removed = 1 WHERE source_key = ? AND origin = ?", key, WatchedSourceRow.FromSettings);
        c.Execute("DELETE FROM watched_sources WHERE source_key = ? AND origin <> ?", key, WatchedSourceRow.FromSettings);
    });

    public void SetPaused(string key, bool paused) =>
        db.Execute("UPDATE watched_sources SET paused = ? WHERE source_key = ?", paused, key);

    public void SetInterval(string key, long? seconds) =>
        db.Execute("UPDATE watched_sources SET interval_seconds = ? WHERE source_key = ?", seconds, key);
}
