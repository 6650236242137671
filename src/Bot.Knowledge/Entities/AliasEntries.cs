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
    // 24 bytes: a large store's index holds a hundred thousand entries, and no key list or word is longer than a short
    // counts (a run of keys is at most one piece of the pool). What only adding needs is kept beside them.
    internal struct Entry
    {
        public string Alias;
        public int Entity;
        public int Keys;
        public int Next;
        public ushort KeyCount;
        /// <summary>For a one-word name found where it stands: the letters of its shortest word.</summary>
        public ushort Letters;
    }

    readonly Segments<Entry> _entries = new();
    readonly Segments<int> _pool = new();
    // For adding only: each entity's last entry (-1: none yet), by the entity's number, and each entry's previous one of its
    // entity — whether an entity already has a key list is asked of its own few entries. A set of every entry did it before,
    // made once a record replaced one the index held (a learned person completed): from then on every spelling of every
    // person learned was hashed into it, and the set grew by doubling on the large-object heap to hold all of them
    // (hundreds of thousands of entries on the bench corpus). Let go of by Trim (the index answers are read with adds
    // nothing: 1.5 MB of it on the bench corpus) and worked out again from the entries if anything is added after that.
    Segments<int>? _lastOfEntity;
    Segments<int>? _previousOfEntity;
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
        var (last, previous) = Chains();
        if (entity >= _entities)
        {
            last.Grow(entity + 1, -1);
            _entities = entity + 1;
        }
        if (Repeats(entity, keys)) return false;
        _entries.Grow(_count + 1);
        previous.Grow(_count + 1);
        var run = _pool.RunStart(_pooled, keys.Length);
        keys.CopyTo(_pool.Run(run, keys.Length));
        _entries[_count] = new Entry
        {
            Alias = alias, Entity = entity, Keys = run, KeyCount = (ushort)keys.Length, Letters = (ushort)Math.Min(letters, ushort.MaxValue), Next = -1,
        };
        previous[_count] = last[entity];
        last[entity] = _count;
        if (chain.Last >= 0) _entries[chain.Last].Next = _count;
        else chain.First = _count;
        chain.Last = _count;
        _count++;
        _pooled = run + keys.Length;
        return true;
    }

    /// <summary>The chains of each entity's entries, worked out again from the entries if <see cref="Trim"/> let go of them.</summary>
    (Segments<int> Last, Segments<int> Previous) Chains()
    {
        if (_lastOfEntity is not null && _previousOfEntity is not null) return (_lastOfEntity, _previousOfEntity);
        var last = new Segments<int>();
        var previous = new Segments<int>();
        last.Grow(_entities, -1);
        previous.Grow(_count);
        for (var i = 0; i < _count; i++)
        {
            var entity = _entries[i].Entity;
            previous[i] = last[entity];
            last[entity] = i;
        }
        _lastOfEntity = last;
        _previousOfEntity = previous;
        return (last, previous);
    }

    /// <summary>Whether the entity has an entry with these keys (in this table).</summary>
    bool Repeats(int entity, ReadOnlySpan<int> keys)
    {
        for (var i = _lastOfEntity![entity]; i >= 0; i = _previousOfEntity![i])
        {
            ref readonly var e = ref _entries[i];
            if (e.KeyCount == keys.Length && KeysOf(e).SequenceEqual(keys)) return true;
        }
        return false;
    }

    /// <summary>Keeps only what finding needs: the arrays at their exact size, nothing that only adding needs.</summary>
    public void Trim()
    {
        _entries.Trim(_count);
        _pool.Trim(_pooled);
        _lastOfEntity = null;
        _previousOfEntity = null;
    }
}
