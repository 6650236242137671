using Bot.Knowledge.Extraction.Reading;
using Bot.Knowledge.Model;

namespace Bot.Knowledge.Extraction.Events;

/// <summary>
/// Visits: who went where and when, and of what kind (official, state, working) — one per clause that names a visit
/// ("…came on an official visit on 25 September 2003 and was back on 1 December 2010"). A visit with no destination
/// named is to the other of the two countries. A clause that mentions a visit without saying whose ("the trip
/// coincided with…") only completes a visit the document has already told.
/// </summary>
public static class VisitReader
{
    public static void Read(SentenceFacts s, EventContext ctx)
    {
        foreach (var (from, to) in Clauses.Of(s.Text))
        {
            if (EventWords.Visit.First(s.Tokens, from, to) is not { } cue) continue;
            // "… came on an official visit on 25 September 2003 and was back on 1 December 2010": a dated clause without a
            // subject of its own is the earlier clause's subject's.
            var elided = from > 0 && s.Dates.Any(d => d.Index >= from && d.Index < to) && s.People.Any(p => p.End <= from);
            var named = s.People.Any(p => p.Start >= from && p.Start < to) || EventParts.RefersBack(s, from, cue.Start) || elided;
            var visitor = EventParts.Subject(s, from, cue.Start, ctx, skipWith: false);
            var (start, end) = EventParts.When(s, from, to, ctx);
            var format = EventWords.VisitFormats.First(s.Tokens, from, to)?.Tag;
            if (!named || visitor is null)
            {
                if (ctx.Events.FindLastIndex(e => e.Kind == EventKinds.Visit) is var i and >= 0 && format is not null && ctx.Events[i].Format is null)
                    ctx.Events[i] = ctx.Events[i] with { Format = format };
                if (EventParts.Where(s, cue.Start, to, ctx, orDateline: false) is { } destination) ctx.VisitDestination = (s.Unit.Paragraph, destination);
                continue;
            }
            var place = Destination(s, cue.Start, to, visitor, ctx) ?? Destination(s, from, to, visitor, ctx) ?? ParagraphDestination(s, visitor, ctx)
                ?? OtherCountry(visitor) ?? ctx.Doc.Dateline;
            var draft = new EventDraft(EventKinds.Visit, EventParts.Label(s.Text, cue.Start, to), [visitor.Actor("visitor")], [], place, start, end,
                EventParts.Status(s, from, to, start, ctx), format, null, null, null, null, s.Text[from..to].Trim());
            if (!Merge(draft, ctx)) ctx.Add(draft, s);
        }
    }

    static EventPlace? Destination(SentenceFacts s, int from, int to, PersonRef visitor, EventContext ctx) =>
        EventParts.Where(s, from, to, ctx, e => e.Type == "country" && e.Country is not null && e.Country == visitor.Person.Country, orDateline: false);

    static EventPlace? ParagraphDestination(SentenceFacts s, PersonRef visitor, EventContext ctx) =>
        ctx.VisitDestination is { } d && d.Paragraph == s.Unit.Paragraph && (visitor.Person.Country is null || d.Place.Country != visitor.Person.Country) ? d.Place : null;

    /// <summary>The same visitor going to the same place at a compatible time is the visit already told: it gains what this clause adds.</summary>
    static bool Merge(EventDraft draft, EventContext ctx)
    {
        var visitor = draft.Actors[0].EntityId;
        var i = ctx.Events.FindIndex(e => e.Kind == EventKinds.Visit && e.Actors.Count > 0 && e.Actors[0].EntityId == visitor
            && SamePlace(e.Place, draft.Place) && Compatible(e.Start, draft.Start));
        if (i < 0) return false;
        var known = ctx.Events[i];
        ctx.Events[i] = known with
        {
            Start = Finer(known.Start, draft.Start), End = known.End ?? draft.End, Format = known.Format ?? draft.Format,
            Place = known.Place?.Country is null || known.Place.EntityId is "kazakhstan" or "bulgaria" ? draft.Place ?? known.Place : known.Place,
        };
        return true;
    }

    static bool SamePlace(EventPlace? a, EventPlace? b) =>
        a is null || b is null || a.EntityId == b.EntityId || a.Country is not null && a.Country == b.Country;

    static bool Compatible(PartialDate? a, PartialDate? b) =>
        a is not { } x || b is not { } y || x.Start <= y.End && y.Start <= x.End;

    static PartialDate? Finer(PartialDate? a, PartialDate? b) =>
        a is null ? b : b is null ? a : (b.Value.Day is not null && a.Value.Day is null) || (b.Value.Month is not null && a.Value.Month is null) ? b : a;

    static EventPlace? OtherCountry(PersonRef visitor) => visitor.Person.Country switch
    {
        "BG" => new EventPlace("Kazakhstan", "kazakhstan", "KZ"),
        "KZ" => new EventPlace("Bulgaria", "bulgaria", "BG"),
        _ => null,
    };
}
