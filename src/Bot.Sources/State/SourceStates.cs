using Bot.Knowledge;

namespace Bot.Sources.State;

/// <summary>Reads and writes source_state rows; a source never polled has a fresh row, due at once.</summary>
public sealed class SourceStates(KnowledgeStore store)
{
    public SourceStateRow Get(WatchedSource source) =>
        store.Db.Connection.Find<SourceStateRow>(source.Key)
        ?? new SourceStateRow { SourceKey = source.Key, Kind = source.Kind.ToString().ToLowerInvariant(), Url = source.Url.AbsoluteUri };

    public void Save(SourceStateRow row) => store.Db.Connection.InsertOrReplace(row);

    public void MarkNotified(string key, bool notified) =>
        store.Db.Connection.Execute("UPDATE source_state SET failure_notified = ? WHERE source_key = ?", notified, key);
}
