using Bot.Knowledge.Model;
using Bot.Knowledge.Text;

namespace Bot.Knowledge.Entities;

/// <summary>
/// Finds known people, places and institutions in text whatever the script or spelling: an alias matches when
/// all of its keys occur in the text, and a match inside a longer one ("Bulgaria" in "Bulgarian Chamber of
/// Commerce") gives way to it.
/// </summary>
public sealed class EntityIndex
{
    readonly Dictionary<string, Entity> _byId;
    readonly Dictionary<string, List<(Entity Entity, string Alias, List<string> Keys)>> _byFirstKey = new(StringComparer.Ordinal);

    public EntityIndex(IEnumerable<Entity> entities)
    {
        _byId = entities.ToDictionary(e => e.Id, StringComparer.Ordinal);
        foreach (var entity in _byId.Values)
            foreach (var alias in entity.Aliases.Append(entity.Name).Distinct())
                foreach (var keys in KeyVariants(alias))
                {
                    if (keys.Count == 0) continue;
                    if (!_byFirstKey.TryGetValue(keys[0], out var list)) _byFirstKey[keys[0]] = list = [];
                    list.Add((entity, alias, keys));
                }
    }

    static IEnumerable<List<string>> KeyVariants(string alias)
    {
        var keys = AliasKeys.ForAlias(alias);
        yield return keys;
        if (TextNormalizer.IsCyrillic(alias))
            yield return AliasKeys.ForAlias(Transliterator.ToLatin(TextNormalizer.Fold(alias)));
    }

    public IReadOnlyCollection<Entity> All => _byId.Values;

    public Entity? Get(string id) => _byId.GetValueOrDefault(id);

    public IReadOnlyList<EntityMatch> FindIn(string text) => FindIn(AliasKeys.ForText(text));

    /// <summary>The same for a text whose <see cref="AliasKeys.ForText"/> keys the caller already has.</summary>
    public IReadOnlyList<EntityMatch> FindIn(IReadOnlySet<string> textKeys)
    {
        var best = new Dictionary<string, EntityMatch>(StringComparer.Ordinal);
        foreach (var key in textKeys)
        {
            if (!_byFirstKey.TryGetValue(key, out var candidates)) continue;
            foreach (var (entity, alias, keys) in candidates)
            {
                if (!keys.All(textKeys.Contains)) continue;
                if (best.TryGetValue(entity.Id, out var existing) && existing.Keys.Count >= keys.Count) continue;
                best[entity.Id] = new EntityMatch(entity, alias, keys.ToHashSet(StringComparer.Ordinal));
            }
        }
        var matches = best.Values.ToList();
        return matches
            .Where(m => !matches.Any(o => o != m && o.Keys.Count > m.Keys.Count && m.Keys.IsSubsetOf(o.Keys)))
            .OrderByDescending(m => m.Keys.Count).ToList();
    }

    /// <summary>The single most specific entity a name denotes, preferring institutions over the places inside their names.</summary>
    public Entity? Resolve(string name)
    {
        var matches = FindIn(name);
        return matches.Count == 0 ? null : matches[0].Entity;
    }
}
