using Bot.Knowledge.Model;
using Bot.Knowledge.Storage;

namespace Bot.Knowledge.Search;

/// <summary>
/// Visits, talks, sessions, roles and the other events the documents state, newest first (undated last), each with its
/// source; also by kind and by the entity taking part. Cached until the store changes.
/// </summary>
public sealed class EventReader
{
    readonly KnowledgeDb _db;
    readonly FactSources _sources;
    readonly CachedSnapshot<Snapshot> _all;

    public EventReader(KnowledgeDb db, StoreVersion version, FactSources sources)
    {
        _db = db;
        _sources = sources;
        _all = new CachedSnapshot<Snapshot>(version, Load);
    }

    sealed class Snapshot(List<Event> all)
    {
        public List<Event> All { get; } = all;
        public Dictionary<string, List<Event>> ByKind { get; } = all.GroupBy(e => e.Kind, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        public Dictionary<string, List<Event>> ByEntity { get; } = all
            .SelectMany(e => EntityIdsOf(e).Select(id => (Id: id, Event: e)))
            .GroupBy(x => x.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Select(x => x.Event).Distinct().ToList(), StringComparer.Ordinal);
    }

    public IReadOnlyList<Event> All() => _all.Get().All;

    /// <summary>Events of one of the <see cref="EventKinds"/>, in the order of <see cref="All"/>.</summary>
    public IReadOnlyList<Event> OfKind(string kind) => _all.Get().ByKind.GetValueOrDefault(kind) ?? [];

    /// <summary>Events an entity takes part in — as actor, counterpart, organisation or place — in the order of <see cref="All"/>.</summary>
    public IReadOnlyList<Event> Involving(string entityId) => _all.Get().ByEntity.GetValueOrDefault(entityId) ?? [];

    /// <summary>Events that end on or after <paramref name="since"/> (undated events are left out).</summary>
    public IReadOnlyList<Event> Since(PartialDate since) =>
        All().Where(e => (e.End ?? e.Start) is { } d && d.End >= since.Start).ToList();

    public IReadOnlyList<Event> ByIds(IEnumerable<long> ids)
    {
        var set = ids.ToHashSet();
        return All().Where(e => set.Contains(e.Id)).ToList();
    }

    static IEnumerable<string> EntityIdsOf(Event e) =>
        e.Actors.Concat(e.Counterparts).Append(e.Organisation).Select(a => a?.EntityId).Append(e.Place?.EntityId)
            .OfType<string>().Distinct(StringComparer.Ordinal);

    Snapshot Load()
    {
        var source = _sources.Current();
        var values = new EventValues();
        return new Snapshot(_db.Connection.DeferredQuery<EventRow>("SELECT * FROM events")
            .Select(r => new Event(r.Id, values.Text(r.Kind), values.Text(r.Label), values.Actors(r.ActorsJson), values.Actors(r.CounterpartsJson),
                values.Place(r.PlaceJson), PartialDate.Parse(r.StartDate), PartialDate.Parse(r.EndDate), values.Text(r.Status), values.OptionalText(r.Format),
                r.Ordinal, values.OptionalText(r.RoleTitle), values.Organisation(r.OrganisationJson), r.Count, values.Text(r.Evidence), source(r.DocumentId)))
            .OrderByDescending(e => e.Start?.Start ?? DateOnly.MinValue).ThenBy(e => e.Id)
            .ToList());
    }
}
