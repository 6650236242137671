namespace Bot.Knowledge.Entities;

/// <summary>
/// The aliases an entity index finds, one struct per key list (the entity's number, the alias, its keys as a run of key
/// numbers in one shared array) in one array, each chained to the next entry of its bucket; a bucket is the first and
/// last entry of its chain, kept by whoever owns the bucket (<see cref="Chain"/>). Measured on the bench corpus (13,000
/// learned people): the index's lists of tuples, their string arrays and a dictionary per first key held 24 MB. Both
/// arrays grow in pieces (<see cref="Segments{T}"/>), never copied whole.
/// </summary>
internal sealed class AliasEntries
{
    internal struct Entry
    {
        public string Alias;
        public int Entity;
        public int Keys;
        public int KeyCount;
        /// <summary>For a one-word name found where it stands: the letters of its shortest word.</summary>
        public int Letters;
        public int Next;
        /// <summary>The entity's entry added before this one (-1: none): an entity's entries are a chain of their own.</summary>
        public int PreviousOfEntity;
    }

    readonly Segments<Entry> _entries = new();
    readonly Segments<int> _pool = new();
    // Each entity's last entry (-1: none yet), by the entity's number: whether an entity already has a key list is asked of
    // its own few entries. A set of every entry did it before, made once a record replaced one the index held (a learned
    // person completed): from then on every spelling of every person learned was hashed into it, and the set grew by
    // doubling on the large-object heap to hold all of them (hundreds of thousands of entries on the bench corpus).
    readonly Segments<int> _lastOfEntity = new();
    int _count, _pooled, _entities;

    public int Count => _count;

    public ref readonly Entry this[int i] => ref _entries[i];

    public ReadOnlySpan<int> KeysOf(in Entry entry) => _pool.Run(entry.Keys, entry.KeyCount);

    /// <summary>
    /// Adds an entry at the end of <paramref name="chain"/> unless the entity already has one with the same keys here;
    /// false if it had.
    /// </summary>
    public bool TryAdd(ref Chain chain, int entity, string alias, ReadOnlySpan<int> keys, int letters)
    {
        if (entity >= _entities)
        {
            _lastOfEntity.Grow(entity + 1, -1);
            _entities = entity + 1;
        }
        if (Repeats(entity, keys)) return false;
        _entries.Grow(_count + 1);
        var run = _pool.RunStart(_pooled, keys.Length);
        keys.CopyTo(_pool.Run(run, keys.Length));
        _entries[_count] = new Entry
        {
            Alias = alias, Entity = entity, Keys = run, KeyCount = keys.Length, Letters = letters, Next = -1, PreviousOfEntity = _lastOfEntity[entity],
        };
        _lastOfEntity[entity] = _count;
        if (chain.Last >= 0) _entries[chain.Last].Next = _count;
        else chain.First = _count;
        chain.Last = _count;
        _count++;
        _pooled = run + keys.Length;
        return true;
    }

    /// <summary>Whether the entity has an entry with these keys (in this table).</summary>
    bool Repeats(int entity, ReadOnlySpan<int> keys)
    {
        for (var i = _lastOfEntity[entity]; i >= 0; i = _entries[i].PreviousOfEntity)
        {
            ref readonly var e = ref _entries[i];
            if (e.KeyCount == keys.Length && KeysOf(e).SequenceEqual(keys)) return true;
        }
        return false;
    }

    /// <summary>Keeps only what finding needs: the arrays at their exact size.</summary>
    public void Trim()
    {
        _entries.Trim(_count);
        _pool.Trim(_pooled);
        _lastOfEntity.Trim(_entities);
    }
}
