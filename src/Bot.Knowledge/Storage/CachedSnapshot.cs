namespace Bot.Knowledge.Storage;

/// <summary>A value rebuilt from the store only when the store has changed since it was last built.</summary>
public sealed class CachedSnapshot<T>(StoreVersion version, Func<T> build) where T : class
{
    readonly Lock _gate = new();
    (long, long) _builtAt = (-1, -1);
    T? _value;

    public T Get()
    {
        lock (_gate)
        {
            var now = version.Current;
            if (_value is null || now != _builtAt)
            {
                // Let go of the stale value before building its successor, so the two need not fit in memory together (a
                // large store's entity index or event list is tens of megabytes). Readers still holding it keep it alive.
                _value = null;
                _value = build();
                _builtAt = now;
                version.Built();
            }
            return _value;
        }
    }
}
