using Bot.Knowledge.Storage;
using SQLitePCL;

namespace Bot.Knowledge.Search;

/// <summary>
/// Some documents, to ask which of them name something: "does the interview name Pavlova anywhere", "which reports of
/// these agreements name Radev", asked of the documents a question's evidence or agreements come from, once per person it
/// names. The documents a key's passages belong to are looked up once per key and kept, so people who share a key (a
/// surname) are not looked up again, and a person is looked up no further once every document asked about names them.
/// </summary>
public sealed class DocumentScope
{
    readonly KnowledgeDb _db;
    readonly CachedSnapshot<PassageDocuments> _snapshot;
    PassageDocuments? _passages;
    readonly HashSet<long> _documents;
    readonly Dictionary<string, HashSet<long>> _byKey = new(StringComparer.Ordinal);

    internal DocumentScope(KnowledgeDb db, CachedSnapshot<PassageDocuments> passages, IEnumerable<long> documentIds)
    {
        _db = db;
        _snapshot = passages;
        _documents = documentIds.ToHashSet();
    }

    /// <summary>
    /// Which of the documents (of <paramref name="among"/> only, when given) hold a passage with one of the keys.
    /// </summary>
    public IReadOnlySet<long> With(IEnumerable<string> keys, IReadOnlySet<long>? among = null)
    {
        var found = new HashSet<long>();
        var asked = among is null ? _documents.Count : among.Count(_documents.Contains);
        if (asked == 0) return found;
        // The keys already looked up first: they may leave nothing to look up.
        var distinct = keys.Where(k => k.Length > 0).Distinct(StringComparer.Ordinal).OrderBy(k => _byKey.ContainsKey(k) ? 0 : 1).ToList();
        foreach (var key in distinct)
        {
            foreach (var document in Naming(key))
                if (among is null || among.Contains(document)) found.Add(document);
            if (found.Count == asked) break;
        }
        return found;
    }

    HashSet<long> Naming(string key)
    {
        if (_byKey.TryGetValue(key, out var known)) return known;
        var naming = new HashSet<long>();
        var passages = _passages ??= _snapshot.Get();
        using var hits = new PreparedStatement(_db.Connection, "SELECT rowid FROM passage_fts WHERE passage_fts MATCH ?");
        hits.Bind(1, PassageSearch.MatchExpression([key])).ForEach(r =>
        {
            if (passages.DocumentOf(raw.sqlite3_column_int64(r, 0)) is { } document && _documents.Contains(document)) naming.Add(document);
        });
        return _byKey[key] = naming;
    }
}
