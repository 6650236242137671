using Bot.Knowledge.Model;
using Bot.Knowledge.Storage;

namespace Bot.Knowledge.Entities;

/// <summary>The store's entities and aliases: loaded once, rebuilt when the store changes, replaced whole by seeding.</summary>
public sealed class EntityCatalog
{
    readonly KnowledgeDb _db;
    readonly StoreVersion _version;
    readonly CachedSnapshot<EntityIndex> _index;

    public EntityCatalog(KnowledgeDb db, StoreVersion version)
    {
        _db = db;
        _version = version;
        _index = new CachedSnapshot<EntityIndex>(version, Load);
    }

    /// <summary>The entities answers are read with (see <see cref="Load"/> for what it leaves out for now).</summary>
    public EntityIndex Index() => _index.Get();

    /// <summary>Everything the store knows, people learned from documents and every gazetteer place included: what extraction reads with.</summary>
    public EntityIndex Known() => _index.Get().Learning ?? _index.Get();

    EntityIndex Load()
    {
        // Streamed from the store in the table's order, each entity with its spellings beside it (SQLite sorts only each
        // entity's few spellings), into a list sized once from a count: a large store has thirteen thousand learned people
        // and a hundred thousand spellings, and a lookup of every entity's spellings, then lists grown by doubling, were
        // garbage on the large-object heap while the answering snapshots were built.
        var stored = new List<Entity>(_db.Connection.ExecuteScalar<int>("SELECT COUNT(*) FROM entities"));
        // Each record as little as it can be kept: its aliases in an array of their own size, its name the very string of
        // the alias that spells it, and its type and country — a handful of values — one string each, not one per row.
        var shared = new Dictionary<string, string>(StringComparer.Ordinal);
        string Shared(string value) => shared.TryGetValue(value, out var one) ? one : shared[value] = value;
        var spellings = new List<string>();
        using var aliases = _db.Connection.DeferredQuery<EntitySpellingRow>(
            "SELECT e.rowid AS entity, a.alias FROM entities e JOIN entity_aliases a ON a.entity_id = e.id ORDER BY e.rowid, a.rowid").GetEnumerator();
        var pending = aliases.MoveNext() ? aliases.Current : null;
        foreach (var r in _db.Connection.DeferredQuery<OrderedEntityRow>("SELECT rowid AS seq, * FROM entities ORDER BY rowid"))
        {
            spellings.Clear();
            // A spelling of an entity that was not read (written between the two reads) is passed over.
            while (pending is not null && pending.Entity <= r.Seq)
            {
                if (pending.Entity == r.Seq) spellings.Add(pending.Alias);
                pending = aliases.MoveNext() ? aliases.Current : null;
            }
            string[] own = [.. spellings];
            var name = Array.Find(own, a => string.Equals(a, r.Name, StringComparison.Ordinal)) ?? r.Name;
            stored.Add(Gazetteer.WithAdjectives(new Entity(r.Id, Shared(r.Type), name, r.Country is null ? null : Shared(r.Country), r.Role, own)));
        }
        // Answering reads with the curated and learned entities and the gazetteer's cities: a "when" question about a person
        // is answered only from evidence that names them (the answerer checks), so a learned name cannot lend its article's
        // dates to another person's visit. A country the store does not hold would make every question name an entity that
        // most passages never spell out.
        var cities = PlacesNotStored(stored, p => p.Type != "country");
        return new EntityIndex(stored.Concat(cities), stored.Count + cities.Count).WithLearning(Learning(stored));
    }

    // Extraction reads with everything: curated and learned entities, and every place of the gazetteer (a stored entity
    // with the same id wins over the gazetteer's). Made apart from Load so that what it keeps until (if ever) it is built
    // is the entity list alone, not Load's rows and alias lookup (measured on the bench corpus: 3 MB while answering).
    static Func<EntityIndex> Learning(List<Entity> stored) => () =>
    {
        var places = PlacesNotStored(stored, _ => true);
        return new EntityIndex(stored.Concat(places), stored.Count + places.Count);
    };

    /// <summary>
    /// The gazetteer's places of a kind that no stored entity replaces (by id), in the gazetteer's order: looked up in a set
    /// of the gazetteer's few hundred ids, not in one of every stored entity's.
    /// </summary>
    static List<Entity> PlacesNotStored(List<Entity> stored, Func<Entity, bool> kind)
    {
        var places = Gazetteer.Places.Where(kind).ToList();
        var ids = places.Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
        var replaced = new HashSet<string>(StringComparer.Ordinal);
        foreach (var e in stored)
            if (ids.Contains(e.Id)) replaced.Add(e.Id);
        return replaced.Count == 0 ? places : places.FindAll(p => !replaced.Contains(p.Id));
    }

    public void Upsert(IEnumerable<Entity> entities)
    {
        _db.InTransaction(c =>
        {
            foreach (var e in entities)
            {
                c.InsertOrReplace(new EntityRow { Id = e.Id, Type = e.Type, Name = e.Name, Country = e.Country, Role = e.Role });
                c.Execute("DELETE FROM entity_aliases WHERE entity_id = ?", e.Id);
                foreach (var alias in e.Aliases.Distinct(StringComparer.Ordinal))
                    c.Insert(new EntityAliasRow { EntityId = e.Id, Alias = alias });
            }
            CorpusVersion.Bump(c);
        });
        _version.Bump();
    }
}
