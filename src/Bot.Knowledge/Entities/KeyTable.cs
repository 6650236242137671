namespace Bot.Knowledge.Entities;

/// <summary>
/// The one copy of each alias key an entity index holds, numbered in the order they came: the index's entries and chains
/// refer to keys by number (4 bytes) instead of each holding a string array of its own.
/// </summary>
internal sealed class KeyTable
{
    readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
    readonly Segments<string> _keys = new();

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
        return id;
    }

    /// <summary>Gives back the room kept for keys to come: for an index nothing will be added to.</summary>
    public void Trim()
    {
        _keys.Trim(_ids.Count);
        _ids.TrimExcess();
    }
}
