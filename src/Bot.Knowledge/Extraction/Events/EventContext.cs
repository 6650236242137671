using Bot.Knowledge.Extraction.Reading;
using Bot.Knowledge.Model;

namespace Bot.Knowledge.Extraction.Events;

/// <summary>
/// What reading a document's events remembers from sentence to sentence: who the story is about (for "he", "the
/// minister", a Kazakh sentence without a subject), and the last event told, which a following sentence may complete
/// ("It is planned for May, in Sofia").
/// </summary>
public sealed class EventContext(DocumentFacts doc)
{
    public DocumentFacts Doc { get; } = doc;

    public List<EventDraft> Events { get; } = [];

    /// <summary>The person the last sentences were about.</summary>
    public PersonRef? MainPerson { get; set; }

    /// <summary>Where the visits a paragraph tells went when it says so without naming a visitor ("Bulgarian presidents came to Kazakhstan three times").</summary>
    public (int Paragraph, EventPlace Place)? VisitDestination { get; set; }

    /// <summary>The post the text named last ("ambassador"), for a list of appointments that names only places and people.</summary>
    public string? LastPost { get; set; }

    /// <summary>Index in <see cref="Events"/> of the last event, and the paragraph it was told in.</summary>
    public (int Event, int Paragraph)? Last { get; private set; }

    public void Add(EventDraft draft, SentenceFacts where)
    {
        // One document states a post or a visit once however often it repeats it.
        // The actors last: comparing them sorts both lists, the other fields cost a comparison each.
        // A loop, not FindIndex with a lambda: the lambda would capture the draft, an object at every event read.
        for (var same = 0; same < Events.Count; same++)
        {
            var e = Events[same];
            if (e.Kind == draft.Kind && e.Start == draft.Start && e.Ordinal == draft.Ordinal
                && e.RoleTitle == draft.RoleTitle && e.Place?.EntityId == draft.Place?.EntityId && SameActors(e, draft))
            {
                Last = (same, where.Unit.Paragraph);
                return;
            }
        }
        Events.Add(draft);
        Last = (Events.Count - 1, where.Unit.Paragraph);
    }

    /// <summary>The same people, in any order (one actor, the usual case, compared without sorting).</summary>
    static bool SameActors(EventDraft a, EventDraft b)
    {
        if (a.Actors.Count != b.Actors.Count) return false;
        if (a.Actors.Count == 1) return string.Equals(ActorKey(a.Actors[0]), ActorKey(b.Actors[0]), StringComparison.Ordinal);
        return a.Actors.Select(ActorKey).Order(StringComparer.Ordinal).SequenceEqual(b.Actors.Select(ActorKey).Order(StringComparer.Ordinal));
    }

    static string ActorKey(EventActor actor) => actor.EntityId ?? actor.Name;

    /// <summary>The last event when it was told in the same paragraph as <paramref name="where"/>.</summary>
    public EventDraft? LastIn(SentenceFacts where) =>
        Last is { } l && l.Paragraph == where.Unit.Paragraph ? Events[l.Event] : null;

    public void ReplaceLast(EventDraft updated)
    {
        if (Last is { } l) Events[l.Event] = updated;
    }

    public bool IsFuture(PartialDate? date) => date is { } d && Doc.Published is { } p && d.Start > p.End;
}
