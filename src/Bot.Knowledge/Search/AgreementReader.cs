using System.Text.Json;
using Bot.Knowledge.Model;
using Bot.Knowledge.Storage;

namespace Bot.Knowledge.Search;

/// <summary>All agreements with their sources, newest first; cached until the store changes.</summary>
public sealed class AgreementReader
{
    readonly KnowledgeDb _db;
    readonly FactSources _sources;
    readonly CachedSnapshot<IReadOnlyList<Agreement>> _all;

    public AgreementReader(KnowledgeDb db, StoreVersion version, FactSources sources)
    {
        _db = db;
        _sources = sources;
        _all = new CachedSnapshot<IReadOnlyList<Agreement>>(version, Load);
    }

    public IReadOnlyList<Agreement> All() => _all.Get();

    public IReadOnlyList<Agreement> ByIds(IEnumerable<long> ids)
    {
        var set = ids.ToHashSet();
        return All().Where(a => set.Contains(a.Id)).ToList();
    }

    List<Agreement> Load()
    {
        // One source object per document, however many agreements it reports, shared with the other snapshots.
        var source = _sources.Current();
        var sources = _db.Connection.Query<AgreementSourceHit>(
            """
            SELECT s.agreement_id AS AgreementId, d.id AS DocId
            FROM agreement_sources s JOIN documents d ON d.id = s.document_id ORDER BY d.published
            """).ToLookup(s => s.AgreementId, s => source(s.DocId));
        // One copy of each kind, domain and place ("memorandum", "transport", a capital) and of each party (the same ministry
        // signs many agreements): every row and its parties' JSON are read into strings of their own.
        var words = new Dictionary<string, string>(StringComparer.Ordinal);
        string? Word(string? w) => w is null ? null : words.TryGetValue(w, out var known) ? known : words[w] = w;
        var parties = new Dictionary<Party, Party>();
        List<Party> Parties(string json)
        {
            var read = JsonSerializer.Deserialize<List<Party>>(json, StoreJson.Options) ?? [];
            for (var i = 0; i < read.Count; i++)
                read[i] = parties.TryGetValue(read[i], out var known) ? known : parties[read[i]] = read[i];
            return read;
        }
        return _db.Connection.Query<AgreementRow>("SELECT * FROM agreements")
            .Select(r => new Agreement(r.Id, Word(r.Kind)!, r.Title, Word(r.Domain)!, PartialDate.Parse(r.Signed), Word(r.Place),
                Parties(r.PartiesJson), sources[r.Id].ToList()))
            .OrderByDescending(a => a.Signed?.Start ?? DateOnly.MinValue).ThenBy(a => a.Id)
            .ToList();
    }
}
