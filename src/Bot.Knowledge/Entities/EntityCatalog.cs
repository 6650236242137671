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

    public EntityIndex Index() => _index.Get();

    EntityIndex Load()
    {
        var aliases = _db.Connection.Query<EntityAliasRow>("SELECT * FROM entity_aliases").ToLookup(a => a.EntityId, a => a.Alias);
        var rows = _db.Connection.Query<EntityRow>("SELECT * FROM entities");
        var stored = rows.Select(r => new Entity(r.Id, r.Type, r.Name, r.Country, r.Role, aliases[r.Id].ToList())).ToList();
        // The gazetteer's places fill in what the store does not hold; a stored (curated) entity with the same id wins.
        var ids = stored.Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
        return new EntityIndex(stored.Concat(Gazetteer.Places.Where(p => !ids.Contains(p.Id))));
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
        });
        _version.Bump();
    }
}
