namespace Bot.Llm.Facts;

/// <summary>
/// Every fact given to the model in one turn, prefetched or returned by a tool. The grounding check accepts only what
/// is in here, and only ids in here become citations. Entity and computed facts arrive with a provisional id
/// ("E:tokayev", "C:12:40") and are numbered here ("E1", "C1"); the same provisional id keeps its number all turn.
/// </summary>
public sealed class FactLedger
{
    readonly Dictionary<string, Fact> _byId = new(StringComparer.Ordinal);
    readonly Dictionary<string, string> _numbered = new(StringComparer.Ordinal);
    readonly Dictionary<string, int> _counters = new(StringComparer.Ordinal);
    readonly Lock _lock = new();

    public IReadOnlyList<Fact> All
    {
        get { lock (_lock) return [.. _byId.Values]; }
    }

    public Fact? Get(string id)
    {
        lock (_lock) return _byId.GetValueOrDefault(id);
    }

    /// <summary>Records facts and returns them under their final ids.</summary>
    public IReadOnlyList<Fact> Add(IEnumerable<Fact> facts)
    {
        var added = new List<Fact>();
        lock (_lock)
        {
            foreach (var fact in facts)
            {
                var final = fact with { Id = FinalId(fact.Id) };
                _byId[final.Id] = final;
                added.Add(final);
            }
        }
        return added;
    }

    string FinalId(string id)
    {
        var colon = id.IndexOf(':', StringComparison.Ordinal);
        if (colon < 0) return id;
        if (_numbered.TryGetValue(id, out var known)) return known;
        var prefix = id[..colon];
        var n = _counters[prefix] = _counters.GetValueOrDefault(prefix) + 1;
        return _numbered[id] = prefix + n;
    }
}
