using Bot.Knowledge.Storage;

namespace Bot.Knowledge.SourceState;

/// <summary>The article URLs sources have offered and what became of each (table source_items).</summary>
public sealed class SourceItemStore(KnowledgeDb db)
{
    public SourceItemRow? Find(string url) => db.Connection.Find<SourceItemRow>(url);

    public void Save(SourceItemRow row) => db.Write(c => c.InsertOrReplace(row));

    /// <summary>Items in <paramref name="state"/> with a content fingerprint, first seen at or after <paramref name="since"/>, oldest first.</summary>
    public List<SourceItemRow> FingerprintedSince(string state, DateTimeOffset since) =>
        db.Connection.Query<SourceItemRow>(
            "SELECT * FROM source_items WHERE state = ? AND content_hash IS NOT NULL AND first_seen_at >= ? ORDER BY first_seen_at",
            state, since.ToString("O"));
}
