using Bot.Knowledge.Model;

namespace Bot.Knowledge.Extraction;

/// <summary>An event as one source states it, before it is stored; see <see cref="Event"/> for the fields.</summary>
public sealed record EventDraft(
    string Kind, string Label, IReadOnlyList<EventActor> Actors, IReadOnlyList<EventActor> Counterparts,
    EventPlace? Place, PartialDate? Start, PartialDate? End, string Status, string? Format, int? Ordinal,
    string? RoleTitle, EventActor? Organisation, int? Count, string Evidence, string? FactId = null);
