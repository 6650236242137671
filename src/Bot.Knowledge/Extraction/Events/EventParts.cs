using Bot.Knowledge.Extraction.Reading;
using Bot.Knowledge.Model;

namespace Bot.Knowledge.Extraction.Events;

/// <summary>The pieces every event reader takes from a sentence: who, when, where, and whether it is still to come.</summary>
public static class EventParts
{
    /// <summary>
    /// The person acting in a clause: the nearest named before the cue; else whom the story is about when the clause
    /// refers to them ("she", "the vice president"); else the subject of an earlier clause of the sentence; else the
    /// first named after the cue. <paramref name="skipWith"/> passes over a name after "with" ("met with X").
    /// </summary>
    public static PersonRef? Subject(SentenceFacts s, int from, int cue, EventContext ctx, bool skipWith)
    {
        var preceding = s.People.LastOrDefault(p => p.Start >= from && p.End <= cue && !(skipWith && FollowsWith(s, p)));
        if (preceding is not null) return preceding;
        if (RefersBack(s, from, cue)) return ctx.MainPerson;
        var earlier = s.People.FirstOrDefault(p => p.End <= from && !FollowsWith(s, p));
        if (earlier is not null) return earlier;
        return s.People.FirstOrDefault(p => p.Start >= cue && !FollowsWith(s, p));
    }

    /// <summary>"She met…", "Today the vice president travelled…", "Ол … келіссөз жүргізді": the clause names its subject by a pronoun or title only.</summary>
    /// <remarks>A title followed by a name is that name's ("Болгария мемлекет басшысы Румен Радев"), no reference back.</remarks>
    public static bool RefersBack(SentenceFacts s, int from, int cue) =>
        cue > from && EventWords.Opens(EventWords.Pronouns, s.Tokens, from, words: 4) && EventWords.Pronouns.First(s.Tokens, from) is { } p && p.Start < cue
        && !NamedRightAfter(s, p.End);

    static bool NamedRightAfter(SentenceFacts s, int end)
    {
        foreach (var x in s.People)
            if (x.Start >= end && x.Start - end <= 2) return true;
        return false;
    }

    /// <summary>"…met with X", "…с Руменом Радевым", "…Тоқаевпен": X is the one met, not the one meeting.</summary>
    public static bool FollowsWith(SentenceFacts s, PersonRef p)
    {
        var at = s.Tokens.IndexAt(p.Start);
        var from = Math.Max(0, at - 8);
        if (EventWords.With.Matches(s.Tokens, s.Tokens[from].Start, p.Start) is { Count: > 0 } with
            && !s.Text[with[^1].End..p.Start].Contains(',')) return true;
        var written = s.Text[p.Start..p.End];
        return EventWords.WithSuffixes.Any(suffix => written.EndsWith(suffix, StringComparison.Ordinal));
    }

    /// <summary>The clause's date, else the date the paragraph or the lead has set. A month past the publication date in a clause that plans nothing is last year's.</summary>
    public static (PartialDate? Start, PartialDate? End) When(SentenceFacts s, int from, int to, EventContext ctx)
    {
        var inClause = s.Dates.FirstOrDefault(d => d.Index >= from && d.Index < to);
        if (inClause is null) return (ctx.Doc.ContextDate(s.Unit.Index), null);
        // "Tomorrow", "next week" say themselves that they are to come: only a month named without its year is moved back.
        if (inClause.Relative && inClause.Start.Month is not null && ctx.IsFuture(inClause.Start) && NamesMonth(s, inClause) && !EventWords.Planned.IsMatch(s.Tokens, from, to))
            return (inClause.Start with { Year = inClause.Start.Year - 1 }, inClause.End is { } e ? e with { Year = e.Year - 1 } : null);
        return (inClause.Start, inClause.End);
    }

    static bool NamesMonth(SentenceFacts s, DateMention d)
    {
        for (var i = s.Tokens.IndexAt(d.Index); i >= 0 && i < s.Tokens.Count && s.Tokens[i].Start < d.EndIndex; i++)
            if (CalendarWords.Month(s.Tokens[i].Folded) is not null) return true;
        return false;
    }

    /// <summary>The city (or venue's city, or country) the clause names, else the dateline's place when <paramref name="orDateline"/>.</summary>
    public static EventPlace? Where(SentenceFacts s, int from, int to, EventContext ctx, Func<Entity, bool>? except = null, bool orDateline = true)
    {
        EventPlace? country = null;
        foreach (var p in s.Places)
        {
            if (p.Start < from || p.Start >= to || except is not null && except(p.Entity)) continue;
            if (p.Entity.Type is "city" or "place" or "region") return PlaceOrCity(p.Entity);
            country ??= Places.Of(p.Entity);
        }
        return country ?? (orDateline ? ctx.Doc.Dateline : null);
    }

    public static bool IsCountry(EventPlace place) => place.EntityId is { } id && Entities.Gazetteer.Places.Any(p => p.Id == id && p.Type == "country");

    static EventPlace PlaceOrCity(Entity e) =>
        e.Type == "place" && Places.CityId(e) is { } cityId && cityId != e.Id ? new EventPlace(e.Name, cityId, e.Country) : Places.Of(e);

    public static string Status(SentenceFacts s, int from, int to, PartialDate? date, EventContext ctx) =>
        EventWords.Planned.IsMatch(s.Tokens, from, to) || ctx.IsFuture(date) ? EventStatuses.Planned : EventStatuses.Held;

    /// <summary>A short label in the source's words: the clause from the cue on, at most <paramref name="max"/> words.</summary>
    public static string Label(string text, int from, int to, int max = 6)
    {
        var words = text[from..to].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var label = string.Join(' ', words.Take(max)).Trim(' ', ',', ';', '.', '—', '–', ':');
        return words.Length > max ? label + "…" : label;
    }
}
