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
    }

    readonly Segments<Entry> _entries = new();
    readonly Segments<int> _pool = new();
    int _count, _pooled;
    // What was indexed, for adding only: an entity's key list is indexed once however many spellings give it. Made only
    // when a record replaces one the index holds: the entries of an entity new to the index can only repeat one another,
    // and those are compared among themselves (an index built at once from the store never needs the set: 3 MB of it,
    // grown by doubling on the large-object heap, while answering's index of the bench corpus was built).
    HashSet<int>? _indexed;
    readonly SameKeys _same;
    int _newEntityFrom = -1;

    public AliasEntries() => _same = new SameKeys(this);

    public int Count => _count;

    public ref readonly Entry this[int i] => ref _entries[i];

    public ReadOnlySpan<int> KeysOf(in Entry entry) => _pool.Run(entry.Keys, entry.KeyCount);

    /// <summary>Starts the entries of one entity: one new to the index, or a record replacing one it holds.</summary>
    public void BeginEntity(bool isNew) => _newEntityFrom = isNew ? _count : -1;

    /// <summary>
    /// Adds an entry at the end of <paramref name="chain"/> unless the entity already has one with the same keys here;
    /// false if it had.
    /// </summary>
    public bool TryAdd(ref Chain chain, int entity, string alias, ReadOnlySpan<int> keys, int letters)
    {
        _entries.Grow(_count + 1);
        var run = _pool.RunStart(_pooled, keys.Length);
        keys.CopyTo(_pool.Run(run, keys.Length));
        // Written where the next entry goes before it is counted, so the set compares the candidate like any entry.
        _entries[_count] = new Entry { Alias = alias, Entity = entity, Keys = run, KeyCount = keys.Length, Letters = letters, Next = -1 };
        if (Repeats(_count)) return false;
        if (chain.Last >= 0) _entries[chain.Last].Next = _count;
        else chain.First = _count;
        chain.Last = _count;
        _count++;
        _pooled = run + keys.Length;
        return true;
    }

    bool Repeats(int candidate)
    {
        if (_indexed is not null || _newEntityFrom < 0) return !Indexed().Add(candidate);
        for (var i = _newEntityFrom; i < candidate; i++)
            if (_same.Equals(i, candidate)) return true;
        return false;
    }

    HashSet<int> Indexed()
    {
        if (_indexed is not null) return _indexed;
        // Let go of when the index was built; worked out again from the entries if anything is added after that.
        _indexed = new HashSet<int>(_same);
        for (var i = 0; i < _count; i++) _indexed.Add(i);
        return _indexed;
    }

    /// <summary>Keeps only what finding needs: the arrays at their exact size, no record of what was indexed.</summary>
    public void Trim()
    {
        _indexed = null;
        _entries.Trim(_count);
        _pool.Trim(_pooled);
    }

    sealed class SameKeys(AliasEntries entries) : IEqualityComparer<int>
    {
        public bool Equals(int x, int y)
        {
            ref readonly var a = ref entries._entries[x];
            ref readonly var b = ref entries._entries[y];
            return a.Entity == b.Entity && entries.KeysOf(a).SequenceEqual(entries.KeysOf(b));
        }

        public int GetHashCode(int i)
        {
            ref readonly var e = ref entries._entries[i];
            var hash = new HashCode();
            hash.Add(e.Entity);
            foreach (var key in entries.KeysOf(e)) hash.Add(key);
            return hash.ToHashCode();
        }
    }
}
