using System.Buffers;
using System.Text;
using Bot.Knowledge.Text;

namespace Bot.Knowledge.Storage;

/// <summary>
/// The search-index rows a <see cref="WriteBatch"/> has saved passages for, held as UTF-8 until the batch commits and
/// written then, in one go: FTS5 writes its pending terms to disk at every savepoint it takes part in, so an index written
/// document by document inside each document's savepoint would leave a segment per document. The index is read by no one
/// inside the batch, and a passage removed in it takes its pending row with it.
/// </summary>
/// <remarks>
/// A caller that writes batch after batch keeps one for all of them (one batch at a time): its buffer, about a megabyte
/// for a batch of news items, and the index keys of the words it has seen (<see cref="IndexTextCache"/>) serve every
/// batch instead of being built again for each.
/// </remarks>
public sealed class PendingIndex
{
    readonly List<(long RowId, int Start, int Length)> _rows = [];
    readonly List<long> _removed = [];
    readonly IndexTextCache _terms = new();
    readonly ArrayBufferWriter<byte> _one = new(4096);
    byte[] _text = new byte[16 * 1024];
    int _length;

    /// <summary>Where the rows and removals of a document start: what <see cref="Undo"/> goes back to.</summary>
    internal (int Rows, int Removed, int Length) Mark => (_rows.Count, _removed.Count, _length);

    /// <summary>Holds the index text of a passage saved under <paramref name="rowId"/>.</summary>
    /// <param name="words">The passage's words as read with its document, whose keys were worked out then: copied, not looked up again.</param>
    internal void Add(long rowId, string passage, string title, IReadOnlyList<Extraction.Vocabulary.TokenList>? words = null)
    {
        _one.ResetWrittenCount();
        if (words is not null) WriteRead(words, title);
        else if (RepeatedKeys(passage) is { } keys) WriteRepeated(keys, title);
        else _terms.Write(passage, title, _one);
        var text = _one.WrittenSpan;
        if (_length + text.Length > _text.Length) Array.Resize(ref _text, Math.Max(2 * _text.Length, _length + text.Length));
        text.CopyTo(_text.AsSpan(_length));
        _rows.Add((rowId, _length, text.Length));
        _length += text.Length;
    }

    // Passages that come again (a site's boilerplate, an agency's paragraph in every outlet that runs it: a quarter of
    // the bench corpus's passages) have their words' keys looked up once, not once per document. A passage is known to
    // have come before by its hash in a small table, so only one seen twice is kept, with its keys, and only so many.
    const int SeenBits = 15;
    const int MaxRepeated = 1_024;
    const int MaxRepeatedChars = 1 << 18;
    int[]? _seen;
    readonly Dictionary<string, byte[]> _repeated = new(StringComparer.Ordinal);
    int _repeatedChars;
    string? _title;
    byte[] _titleKeys = [];

    /// <summary>The keys of a passage's own words (no headline) if it came before, else null.</summary>
    byte[]? RepeatedKeys(string passage)
    {
        var hash = passage.GetHashCode(StringComparison.Ordinal);
        var seen = _seen ??= new int[1 << SeenBits];
        ref var slot = ref seen[hash & ((1 << SeenBits) - 1)];
        if (slot != hash)
        {
            slot = hash;
            return null;
        }
        if (_repeated.TryGetValue(passage, out var keys)) return keys;
        if (_repeated.Count >= MaxRepeated || _repeatedChars + passage.Length > MaxRepeatedChars) return null;
        keys = Encoding.UTF8.GetBytes(_terms.IndexText(passage));
        _repeated[passage] = keys;
        _repeatedChars += passage.Length;
        return keys;
    }

    /// <summary>
    /// A repeated passage's keys, then its document's headline's (worked out once per document): the keys
    /// <see cref="IndexTextCache.Write"/> writes, in the same order (a word with no keys may leave one space fewer, which
    /// the index does not see).
    /// </summary>
    void WriteRepeated(byte[] keys, string title)
    {
        if (!ReferenceEquals(title, _title)) (_title, _titleKeys) = (title, Encoding.UTF8.GetBytes(_terms.IndexText(title)));
        _one.Write(keys);
        if (keys.Length > 0 && _titleKeys.Length > 0) _one.Write(" "u8);
        _one.Write(_titleKeys);
    }

    /// <summary>The bytes <see cref="IndexTextCache.Write"/> writes for the passage, from its words' keys.</summary>
    void WriteRead(IReadOnlyList<Extraction.Vocabulary.TokenList> words, string title)
    {
        foreach (var list in words)
            for (var i = 0; i < list.Count; i++) IndexTextCache.Put(list.IndexKeysAt(i), _one, 0);
        _terms.WriteTitle(title, _one, 0);
    }

    /// <summary>
    /// The index rows of passages the batch deletes: stored ones are removed from the index at commit, before the new
    /// rows go in; one still pending is never written (a document saved twice in a batch). Passage ids are never
    /// reused (AUTOINCREMENT), so an id is either stored or pending, never both.
    /// </summary>
    internal void Remove(IEnumerable<long> rowIds) => _removed.AddRange(rowIds);

    /// <summary>Forgets what a document rolled back to its savepoint had added since <paramref name="mark"/>.</summary>
    internal void Undo((int Rows, int Removed, int Length) mark)
    {
        _rows.RemoveRange(mark.Rows, _rows.Count - mark.Rows);
        _removed.RemoveRange(mark.Removed, _removed.Count - mark.Removed);
        _length = mark.Length;
    }

    /// <summary>Writes the removals, then the rows, and forgets them.</summary>
    internal void WriteTo(PreparedStatement delete, PreparedStatement insert)
    {
        HashSet<long> removed = [.. _removed];
        if (removed.Count > 0)
        {
            var pending = _rows.Select(r => r.RowId).ToHashSet();
            foreach (var rowId in removed)
                if (!pending.Contains(rowId)) delete.Bind(1, rowId).Run();
        }
        foreach (var (rowId, start, length) in _rows)
            if (!removed.Contains(rowId)) insert.Bind(1, rowId).BindUtf8(2, _text.AsSpan(start, length)).Run();
        _rows.Clear();
        _removed.Clear();
        _length = 0;
    }

    /// <summary>Forgets what a batch that ended without writing it held (its buffer and known keys stay for the next).</summary>
    internal void Clear()
    {
        _rows.Clear();
        _removed.Clear();
        _length = 0;
    }
}
