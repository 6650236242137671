using Bot.Knowledge.SourceState;

namespace Bot.Sources.State;

/// <summary>Each watched source's saved state; a source never polled has a fresh row, due at once.</summary>
public sealed class SourceStates(SourceStateStore store)
{
    public SourceStateRow Get(WatchedSource source) =>
        store.Find(source.Key)
        ?? new SourceStateRow { SourceKey = source.Key, Kind = source.Kind.ToString().ToLowerInvariant(), Url = source.Url.AbsoluteUri };

    public void Save(SourceStateRow row) => store.Save(row);

    public void MarkNotified(string key, bool notified) => store.MarkNotified(key, notified);
}
