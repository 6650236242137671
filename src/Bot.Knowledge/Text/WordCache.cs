using System.Collections.Concurrent;

namespace Bot.Knowledge.Text;

/// <summary>
/// What a written word was worked out to be, kept for the whole process and looked up by span without making a string.
/// One cache for every thread (pool threads answer, ingest and poll, and each used to keep its own copy of the same
/// words); bounded — past its limit it starts over rather than grows — and emptied when an ingestion run ends.
/// </summary>
public sealed class WordCache<TValue>
{
    readonly ConcurrentDictionary<string, TValue> _values = new(StringComparer.Ordinal);
    readonly ConcurrentDictionary<string, TValue>.AlternateLookup<ReadOnlySpan<char>> _bySpan;
    readonly int _limit;

    public WordCache(int limit)
    {
        _limit = limit;
        _bySpan = _values.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    // Counted apart: ConcurrentDictionary.Count takes every lock of the dictionary.
    int _count;

    public bool TryGet(ReadOnlySpan<char> word, out TValue value) => _bySpan.TryGetValue(word, out value!);

    /// <summary>Keeps <paramref name="value"/> for <paramref name="key"/>; two threads adding one word at once share the first one's value.</summary>
    public TValue Add(string key, TValue value)
    {
        if (Interlocked.Increment(ref _count) > _limit) Clear();
        return _values.GetOrAdd(key, value);
    }

    public void Clear()
    {
        _values.Clear();
        Volatile.Write(ref _count, 0);
    }
}
