namespace Bot.Knowledge.Entities;

/// <summary>
/// The one copy of each alias key an entity index holds, numbered in the order they came: the index's entries and chains
/// refer to keys by number (4 bytes) instead of each holding a string array of its own.
/// </summary>
internal sealed class KeyTable
{
    readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
    readonly Segments<string> _keys = new();
    // For each bucket of key hashes, the count of keys the table had once it last numbered a key of that bucket. A key
    // looked up and missed when the table had N keys is missing still while its bucket's count is at most N: a key added
    // can only turn a miss into a hit for a key of its bucket, so learning a person leaves the misses of other words valid.
    const int StampBits = 14;
    readonly int[] _addedBy = new int[1 << StampBits];

    public int Count => _ids.Count;

    public string this[int id] => _keys[id];

    /// <summary>The key's number, or -1 when no alias has it.</summary>
    public int Find(string key) => _ids.TryGetValue(key, out var id) ? id : -1;

    /// <summary>The key's number, given one if it is new.</summary>
    public int Intern(string key)
    {
        if (_ids.TryGetValue(key, out var id)) return id;
        id = _ids.Count;
        _keys.Grow(id + 1);
        _keys[id] = key;
        _ids[key] = id;
        _addedBy[BucketOf(key)] = id + 1;
        return id;
    }

    /// <summary>The bucket of <paramref name="key"/>, for <see cref="StillMissing"/>.</summary>
    public static int BucketOf(string key) => (int)((uint)key.GetHashCode() >> (32 - StampBits));

    /// <summary>Whether a key of <paramref name="bucket"/> that was missing when the table had <paramref name="count"/> keys is missing still.</summary>
    public bool StillMissing(int bucket, int count) => _addedBy[bucket] <= count;

    /// <summary>Gives back the room kept for keys to come: for an index nothing will be added to.</summary>
    public void Trim()
    {
        _keys.Trim(_ids.Count);
        _ids.TrimExcess();
    }
}
