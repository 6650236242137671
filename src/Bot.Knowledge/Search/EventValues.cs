using System.Text.Json;
using Bot.Knowledge.Model;
using Bot.Knowledge.Storage;

namespace Bot.Knowledge.Search;

/// <summary>
/// Reads the stored events' values keeping one copy of each: a large store names the same people, places, posts and
/// kinds in thousands of events, and often states several events in one sentence. Each distinct JSON text is read
/// once, and each actor, place and string is shared by every event that has it. The values are immutable records and
/// strings, so sharing them changes nothing a reader sees. One instance per snapshot load.
/// </summary>
internal sealed class EventValues
{
    readonly Dictionary<string, string> _strings = new(StringComparer.Ordinal);
    readonly Dictionary<EventActor, EventActor> _actors = [];
    readonly Dictionary<string, IReadOnlyList<EventActor>> _actorLists = new(StringComparer.Ordinal);
    readonly Dictionary<string, EventActor?> _organisations = new(StringComparer.Ordinal);
    readonly Dictionary<string, EventPlace?> _places = new(StringComparer.Ordinal);

    public string Text(string value) => _strings.TryGetValue(value, out var known) ? known : _strings[value] = value;

    public string? OptionalText(string? value) => value is null ? null : Text(value);

    public IReadOnlyList<EventActor> Actors(string? json)
    {
        if (string.IsNullOrEmpty(json)) return [];
        if (_actorLists.TryGetValue(json, out var known)) return known;
        var read = Json<List<EventActor>>(json);
        IReadOnlyList<EventActor> actors = read is null || read.Count == 0 ? [] : read.Select(Actor).ToArray();
        return _actorLists[json] = actors;
    }

    public EventActor? Organisation(string? json)
    {
        if (string.IsNullOrEmpty(json)) return null;
        if (_organisations.TryGetValue(json, out var known)) return known;
        return _organisations[json] = Json<EventActor>(json) is { } actor ? Actor(actor) : null;
    }

    public EventPlace? Place(string? json)
    {
        if (string.IsNullOrEmpty(json)) return null;
        if (_places.TryGetValue(json, out var known)) return known;
        return _places[json] = Json<EventPlace>(json) is { } place
            ? new EventPlace(Text(place.Name), OptionalText(place.EntityId), OptionalText(place.Country))
            : null;
    }

    EventActor Actor(EventActor read)
    {
        if (_actors.TryGetValue(read, out var known)) return known;
        var actor = new EventActor(Text(read.Name), OptionalText(read.EntityId), OptionalText(read.Country), OptionalText(read.Role), OptionalText(read.Title));
        return _actors[actor] = actor;
    }

    static T? Json<T>(string json) where T : class => JsonSerializer.Deserialize<T>(json, StoreJson.Options);
}
