using Bot.Knowledge.Extraction.Reading;
using Bot.Knowledge.Model;

namespace Bot.Knowledge.Extraction.Events;

/// <summary>
/// Reads the events a document states, sentence by sentence: visits, talks and meetings, commission sessions, forums
/// and consultations, posts, anniversaries. A sentence that only completes the one before ("It is planned for May, in
/// Sofia"; "Then the Bulgarian delegation was led by …") adds to that event instead of making a new one.
/// </summary>
public static class EventExtractor
{
    public static List<EventDraft> Extract(DocumentFacts doc)
    {
        var ctx = new EventContext(doc);
        foreach (var s in doc.Units)
        {
            if (s.Unit.Kind == UnitKind.Heading) continue;
            var before = ctx.Events.Count;
            var previous = ctx.LastIn(s);
            if (EventWords.AnyCue.IsMatch(s.Tokens))
            {
                GatheringReader.Read(s, ctx);
                VisitReader.Read(s, ctx);
                MeetingReader.Read(s, ctx);
                AnniversaryReader.Read(s, ctx);
            }
            var added = ctx.Events.Count > before;
            if (!added && previous is not null && EventWords.Opens(EventWords.Continuations, s.Tokens)) Complete(previous, s, ctx);
            if (s.People.Count > 0) RoleReader.Read(s, ctx);
            // A sentence that names its subject by a pronoun is still about the same person.
            if (!EventParts.RefersBack(s, 0, Math.Min(s.Text.Length, 40)) && Subject(s) is { } subject) ctx.MainPerson = subject;
        }
        return ctx.Events;
    }

    static PersonRef? Subject(SentenceFacts s)
    {
        for (var i = 0; i < s.People.Count; i++)
            if (!EventParts.FollowsWith(s, s.People[i])) return s.People[i];
        return null;
    }

    /// <summary>A sentence that names no event of its own completes the last one: its missing date, place or status, its delegation heads.</summary>
    static void Complete(EventDraft last, SentenceFacts s, EventContext ctx)
    {
        if (last.Kind is EventKinds.Role or EventKinds.Anniversary or EventKinds.Establishment) return;
        var updated = last;
        if (last.Start is null || (last.Start == ctx.Doc.LeadDate || last.Start == ctx.Doc.NewsMonth) && s.Dates.Count > 0)
        {
            var (start, end) = EventParts.When(s, 0, s.Text.Length, ctx);
            if (s.Dates.Count > 0) updated = updated with { Start = start, End = end };
        }
        // "… the commission of Kazakhstan and Bulgaria. It is planned for May, in Sofia": a city is more precise than a country.
        if ((last.Place is null || EventParts.IsCountry(last.Place)) && EventParts.Where(s, 0, s.Text.Length, ctx, orDateline: false) is { } place
            && (last.Place is null || !EventParts.IsCountry(place)))
            updated = updated with { Place = place };
        if (EventWords.Planned.IsMatch(s.Tokens) || ctx.IsFuture(updated.Start)) updated = updated with { Status = EventStatuses.Planned };
        if (EventWords.DelegationHead.IsMatch(s.Tokens) && s.People.Count > 0)
            updated = updated with { Actors = updated.Actors.Concat(s.People.Select(p => p.Actor("head_of_delegation"))).DistinctBy(a => a.EntityId ?? a.Name).ToList() };
        if (last.Kind == EventKinds.Forum && last.Organisation is null && GatheringReader.Organiser(s) is { } organiser)
            updated = updated with { Organisation = organiser };
        if (updated != last) ctx.ReplaceLast(updated with { Evidence = last.Evidence + " " + s.Text });
    }
}
