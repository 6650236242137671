using Bot.Knowledge.Storage;
using SQLitePCL;

namespace Bot.Knowledge.Search;

/// <summary>
/// Which document each passage belongs to, for the passages the full-text index returns (it keeps no copy of them):
/// the runs of consecutive ids each document's passages were saved under, read from the document index once per store
/// version. Looking a hit up in the passage table instead reads a page of passage text for each (6 ms a person named on a
/// store of 10,000 documents); the runs of 10,000 documents take 240 KB.
/// </summary>
internal sealed class PassageDocuments
{
    // Sorted by first id; a passage id within a run belongs to that run's document.
    readonly long[] _first;
    readonly long[] _last;
    readonly long[] _document;
    // The passages of a document whose ids are not one run (passages added to it later), one by one.
    readonly Dictionary<long, long> _scattered = [];

    public PassageDocuments(KnowledgeDb db)
    {
        var runs = new List<(long First, long Last, long Document)>();
        var scattered = new List<long>();
        // Every column is in ix_passages_document: no passage text is read.
        using (var passages = new PreparedStatement(db.Connection, "SELECT document_id, min(id), max(id), count(*) FROM passages GROUP BY document_id"))
            passages.ForEach(r =>
            {
                var (document, first, last, count) = (raw.sqlite3_column_int64(r, 0), raw.sqlite3_column_int64(r, 1), raw.sqlite3_column_int64(r, 2), raw.sqlite3_column_int64(r, 3));
                if (last - first + 1 == count) runs.Add((first, last, document));
                else scattered.Add(document);
            });
        foreach (var document in scattered)
        {
            using var passages = new PreparedStatement(db.Connection, "SELECT id FROM passages WHERE document_id = ?");
            passages.Bind(1, document).ForEach(r => _scattered[raw.sqlite3_column_int64(r, 0)] = document);
        }
        runs.Sort((a, b) => a.First.CompareTo(b.First));
        _first = runs.Select(r => r.First).ToArray();
        _last = runs.Select(r => r.Last).ToArray();
        _document = runs.Select(r => r.Document).ToArray();
    }

    /// <summary>The document of a passage; null for an id no passage has.</summary>
    public long? DocumentOf(long passage)
    {
        var i = Array.BinarySearch(_first, passage);
        if (i < 0) i = ~i - 1;
        if (i >= 0 && passage <= _last[i]) return _document[i];
        return _scattered.TryGetValue(passage, out var document) ? document : null;
    }
}
