using System.Collections.Concurrent;

namespace Bot.Knowledge.Text;

/// <summary>
/// What a written word was worked out to be, kept for the whole process and looked up by span without making a string.
/// One cache for every thread (pool threads answer, ingest and poll, and each used to keep its own copy of the same
/// words); bounded, and emptied when an ingestion run ends.
/// </summary>
/// <remarks>
/// Two generations, each up to half the limit: a word is added to the young one, and a full young one becomes the old one
/// while the old one before it is let go; a word found only in the old one moves to the young one. The words news keeps
/// using stay, the names and numbers a few texts used go, and the cache never holds more than its limit — a run that
/// reads more words than that no longer keeps all of them until its end (the bench corpus: 25,000 words, about 10 MB
/// with what each word's readers keep on it, at the end of ingestion, when the process peaks). What a value holds is
/// worked out from the word alone, so a word worked out again gets an equal value.
/// </remarks>
public sealed class WordCache<TValue>
{
    sealed class Generation
    {
        public readonly ConcurrentDictionary<string, TValue> Values = new(StringComparer.Ordinal);
        public readonly ConcurrentDictionary<string, TValue>.AlternateLookup<ReadOnlySpan<char>> BySpan;
        // Counted apart: ConcurrentDictionary.Count takes every lock of the dictionary.
        public int Count;

        public Generation() => BySpan = Values.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    readonly int _half;
    readonly Lock _turn = new();
    volatile Generation _young = new();
    volatile Generation? _old;

    public WordCache(int limit) => _half = Math.Max(1, limit / 2);

    public bool TryGet(ReadOnlySpan<char> word, out TValue value)
    {
        if (_young.BySpan.TryGetValue(word, out value!)) return true;
        if (_old is not { } old || !old.BySpan.TryGetValue(word, out var key, out value!)) return false;
        value = Keep(key, value);
        return true;
    }

    /// <summary>Keeps <paramref name="value"/> for <paramref name="key"/>; two threads adding one word at once share the first one's value.</summary>
    public TValue Add(string key, TValue value) => Keep(key, value);

    TValue Keep(string key, TValue value)
    {
        var young = _young;
        while (Interlocked.Increment(ref young.Count) > _half)
        {
            lock (_turn)
                if (ReferenceEquals(_young, young)) (_old, _young) = (young, new Generation());
            young = _young;
        }
        return young.Values.GetOrAdd(key, value);
    }

    public void Clear()
    {
        lock (_turn) (_old, _young) = (null, new Generation());
    }
}
