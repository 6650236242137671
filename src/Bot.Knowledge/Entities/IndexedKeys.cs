namespace Bot.Knowledge.Entities;

/// <summary>
/// One key list an entity was indexed under (for finding by keys, or for finding where names stand): compared by the
/// keys themselves, and holding the array the index already keeps, so remembering what was indexed costs no new strings.
/// </summary>
internal readonly record struct IndexedKeys(string EntityId, bool ForSpans, string[] Keys)
{
    public bool Equals(IndexedKeys other) =>
        ForSpans == other.ForSpans && string.Equals(EntityId, other.EntityId, StringComparison.Ordinal) && Keys.SequenceEqual(other.Keys, StringComparer.Ordinal);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(EntityId, StringComparer.Ordinal);
        hash.Add(ForSpans);
        foreach (var key in Keys) hash.Add(key, StringComparer.Ordinal);
        return hash.ToHashCode();
    }
}
