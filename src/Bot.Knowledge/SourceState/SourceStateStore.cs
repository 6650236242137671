using Bot.Knowledge.Storage;

namespace Bot.Knowledge.SourceState;

/// <summary>What the source monitor remembers of each watched feed or page between polls and restarts (table source_state).</summary>
public sealed class SourceStateStore(KnowledgeDb db)
{
    // Read as it is now: the row is changed and written back whole (Save), so an older snapshot would undo MarkNotified.
    public SourceStateRow? Find(string sourceKey) => db.ReadCurrent(c => c.Find<SourceStateRow>(sourceKey));

    public void Save(SourceStateRow row) => db.Write(c => c.InsertOrReplace(row));

    public void MarkNotified(string sourceKey, bool notified) =>
        db.Execute("UPDATE source_state SET failure_notified = ? WHERE source_key = ?", notified, sourceKey);
}
