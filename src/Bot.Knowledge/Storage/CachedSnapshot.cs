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
                _value = build();
                _builtAt = now;
            }
            return _value;
        }
    }
}
