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
        // Read row by row into each entity's own alias list: a large store has a hundred thousand spellings of learned
        // people, and a list of every row, then a lookup of them, then a copy per entity, were all in memory at once.
        var aliases = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var a in _db.Connection.DeferredQuery<EntityAliasRow>("SELECT * FROM entity_aliases"))
        {
            if (!aliases.TryGetValue(a.EntityId, out var list)) aliases[a.EntityId] = list = [];
            list.Add(a.Alias);
        }
        // Each record as little as it can be kept (a large store holds thirteen thousand learned people): its aliases in an
        // array of their own size, its name the very string of the alias that spells it, and its type and country — a
        // handful of values — one string each, not one per row.
        var shared = new Dictionary<string, string>(StringComparer.Ordinal);
        string Shared(string value) => shared.TryGetValue(value, out var one) ? one : shared[value] = value;
        var stored = _db.Connection.DeferredQuery<EntityRow>("SELECT * FROM entities")
            .Select(r =>
            {
                var spellings = aliases.GetValueOrDefault(r.Id);
                string[] own = spellings is null ? [] : [.. spellings];
                var name = Array.Find(own, a => string.Equals(a, r.Name, StringComparison.Ordinal)) ?? r.Name;
                return Gazetteer.WithAdjectives(new Entity(r.Id, Shared(r.Type), name, r.Country is null ? null : Shared(r.Country), r.Role, own));
            }).ToList();
        var ids = stored.Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
        // Answering reads with the curated and learned entities and the gazetteer's cities: a "when" question about a person
        // is answered only from evidence that names them (the answerer checks), so a learned name cannot lend its article's
        // dates to another person's visit. A country the store does not hold would make every question name an entity that
        // most passages never spell out.
        var curated = stored;
        return new EntityIndex(curated.Concat(Gazetteer.Places.Where(p => p.Type != "country" && !ids.Contains(p.Id)))).WithLearning(Learning(stored));
    }

    // Extraction reads with everything: curated and learned entities, and every place of the gazetteer (a stored entity
    // with the same id wins over the gazetteer's). Made apart from Load so that what it keeps until (if ever) it is built
    // is the entity list alone, not Load's rows and alias lookup (measured on the bench corpus: 3 MB while answering).
    static Func<EntityIndex> Learning(List<Entity> stored) => () =>
    {
        var ids = stored.Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
        return new EntityIndex(stored.Concat(Gazetteer.Places.Where(p => !ids.Contains(p.Id))));
    };

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
