using Bot.Knowledge.Extraction.Reading;
using Bot.Knowledge.Extraction.Vocabulary;
using Bot.Knowledge.Model;

namespace Bot.Knowledge.Extraction.Events;

/// <summary>
/// Posts and who holds them, with the date the text states it: a title before or after a name ("Bulgarian President
/// Rumen Radev", "X, Ambassador of A to B", "аким Уральска Нариман Турегалиев"), a post taken ("X takes over as head of
/// the mission in August 2009", "the new ambassador … is X; he replaces Y"), co-chairs and heads of delegations.
/// </summary>
public static class RoleReader
{
    public static void Read(SentenceFacts s, EventContext ctx)
    {
        var roles = EventWords.Roles.Matches(s.Tokens);
        var coChairs = roles.Exists(r => r.Tag == "co_chair");
        var delegation = EventWords.DelegationHead.First(s.Tokens);
        // "оглавяваше мисията": headed a mission is a post, not the lead of a delegation.
        if (delegation is { } cue && roles.Exists(r => r.Start <= cue.Start && cue.Start < r.End)) delegation = null;
        foreach (var person in s.People)
        {
            var title = Title(s, person);
            if (title is { } t) Add(s, ctx, person, t.Role, title, Predecessor(s, person));
            else if (ListedPost(s, person, ctx) is { } listed) Add(s, ctx, person, listed.Role, null, Predecessor(s, person), listed.Place);
            if (coChairs) Add(s, ctx, person, "co_chair", title, null);
            if (delegation is { } d && Math.Abs(d.Start - person.Start) < 120) Add(s, ctx, person, "head_of_delegation", title, null);
        }
    }

    /// <summary>A title in the sentence: its role key, where the title text runs, and where its title word starts.</summary>
    readonly record struct TitleSpan(string Role, int Start, int End, int RoleStart);

    /// <summary>The title the sentence gives the person: around the name, or after "takes over as" / "becomes".</summary>
    static TitleSpan? Title(SentenceFacts s, PersonRef person)
    {
        // "the head of state was received by Prime Minister X": of several title words before a name, the nearest is its own.
        if (person.Name is { TitleBeforeStart: >= 0 } n && EventWords.Roles.Matches(s.Tokens, n.TitleBeforeStart, n.Start) is { Count: > 0 } before)
        {
            var r1 = before[^1];
            var from = before.Count > 1 ? before[^2].End : n.TitleBeforeStart;
            return new TitleSpan(r1.Tag, from, n.Start, r1.Start);
        }
        if (person.Name is { TitleAfterEnd: >= 0 } a && EventWords.Roles.First(s.Tokens, a.End, a.TitleAfterEnd) is { } r2)
            return new TitleSpan(r2.Tag, a.End, a.TitleAfterEnd, r2.Start);
        if (TakenPost(s, person) is { } taken && EventWords.Roles.First(s.Tokens, taken.Start, taken.End) is { } r3)
            return new TitleSpan(r3.Tag, taken.Start, taken.End, r3.Start);
        return null;
    }

    static (int Start, int End)? TakenPost(SentenceFacts s, PersonRef person)
    {
        if (EventWords.Appointed.First(s.Tokens, person.End) is not { } m || m.Start - person.End > 30) return null;
        var end = s.Text.IndexOfAny([';', '.', ','], m.Start);
        return (m.Start, end < 0 ? s.Text.Length : end);
    }

    /// <summary>
    /// "Назначенията са следните: – Белгия — Наталия Узунова, на мястото на …": an item of a list of appointments pairs the
    /// place of a post with the person posted there. The post is the one the list's introduction names, else the one the
    /// text named last before it ("the new ambassador … is X. The appointments are as follows:"). A list of anything else
    /// ("The winners are: – Romania — X") gives no post.
    /// </summary>
    static (string Role, EventPlace Place)? ListedPost(SentenceFacts s, PersonRef person, EventContext ctx)
    {
        if (!s.Unit.IsListItem || s.Unit.ListIntro is not { } intro || s.People[0] != person) return null;
        // The item opens with the place, then a dash or colon, then the person.
        if (s.Places.FirstOrDefault() is not { } place || place.End > person.Start || s.Tokens.IndexAt(place.Start) != 0) return null;
        var between = s.Text[place.End..person.Start].Trim();
        if (between is not ("—" or "–" or "-" or ":")) return null;
        // Only the sentence that opens the list says what it lists; the one before it may name some other post.
        var introTokens = TokenList.Of(SentenceSplitter.Split(intro)[^1]);
        var role = EventWords.Roles.Matches(introTokens) is { Count: > 0 } named ? named[^1].Tag
            : EventWords.AppointmentLists.IsMatch(introTokens) ? ctx.LastPost : null;
        return role is null ? null : (role, Places.Of(place.Entity));
    }

    static PersonRef? Predecessor(SentenceFacts s, PersonRef person) =>
        EventWords.Replaces.First(s.Tokens, person.End) is { } cue ? s.People.FirstOrDefault(p => p.Start > cue.Start && p.Person.Id != person.Person.Id) : null;

    /// <summary>The title as a label: from the title word on, with a country word right before it ("Bulgarian President").</summary>
    static string Label(SentenceFacts s, TitleSpan title)
    {
        var from = title.RoleStart;
        var at = s.Tokens.IndexAt(from);
        if (at > 0 && s.Tokens[at - 1].Start >= title.Start && Entities.Gazetteer.IsCountryWordFolded(s.Tokens[at - 1].Folded)) from = s.Tokens[at - 1].Start;
        return s.Text[from..title.End].Trim(' ', ',', '—', '–');
    }

    static void Add(SentenceFacts s, EventContext ctx, PersonRef person, string role, TitleSpan? title, PersonRef? predecessor, EventPlace? postedIn = null)
    {
        if (role is not ("co_chair" or "head_of_delegation") && !s.Unit.IsListItem) ctx.LastPost = role;
        var since = EventWords.Since.First(s.Tokens);
        var dated = s.Dates.FirstOrDefault(d => since is { } m && d.Index >= m.Start && d.Index - m.Start < 20) ?? (s.Dates.Count > 0 ? s.Dates[0] : null);
        // A post is stated as of the text's day: the lead's month holding the publication day is no date of its own.
        var context = ctx.Doc.ContextDate(s.Unit.Index);
        if (context is { } c && ctx.Doc.Published is { } p && c.Start <= p.Start && p.End <= c.End) context = p;
        var start = dated?.Start ?? context ?? ctx.Doc.Published;
        var status = title is { } tf && EventWords.Formerly.IsMatch(s.Tokens, tf.Start, tf.End) ? EventStatuses.Former
            : title is { } tp && EventWords.Planned.IsMatch(s.Tokens, tp.Start, tp.End) ? EventStatuses.Planned : EventStatuses.Current;
        var organisation = title is { } to ? Organisation(s, to) : null;
        var place = postedIn ?? (role is "ambassador" or "head_of_mission" && title is { } tt ? PostedIn(s, tt, person) : null);
        var counterparts = predecessor is null ? new List<EventActor>() : [predecessor.Actor("predecessor")];
        var label = role is "co_chair" or "head_of_delegation" || title is null ? role.Replace('_', ' ') : Label(s, title.Value);
        ctx.Add(new EventDraft(EventKinds.Role, label, [person.Actor("holder")], counterparts, place, start, null, status, null, null, role,
            organisation, null, s.Text), s);
        if (predecessor is not null)
            ctx.Add(new EventDraft(EventKinds.Role, label, [predecessor.Actor("holder")], [], place, start, null, EventStatuses.Former, null, null, role,
                organisation, null, s.Text), s);
    }

    /// <summary>The body or country the post belongs to: an institution, city or country named in the title.</summary>
    static EventActor? Organisation(SentenceFacts s, TitleSpan title)
    {
        var named = s.Spans.FirstOrDefault(x => x.Start >= title.Start && x.End <= title.End && x.Entity.Type is not "person");
        if (named is not null) return new EventActor(named.Entity.Name, named.Entity.Id, named.Entity.Country, "organisation");
        return Entities.Gazetteer.FirstCountry(s.Tokens, title.Start, title.End) is { } country
            ? new EventActor(country == "KZ" ? "Kazakhstan" : "Bulgaria", country == "KZ" ? "kazakhstan" : "bulgaria", country, "organisation") : null;
    }

    /// <summary>Where an ambassador serves: the second country or a city named in the title ("of Bulgaria to Kazakhstan", "in Astana").</summary>
    static EventPlace? PostedIn(SentenceFacts s, TitleSpan title, PersonRef person)
    {
        var cues = Entities.Gazetteer.CountryCues(s.Tokens, title.Start, title.End).Distinct().ToList();
        var own = person.Person.Country ?? cues.FirstOrDefault();
        var other = cues.FirstOrDefault(c => c != own);
        if (other is not null) return other == "KZ" ? new EventPlace("Kazakhstan", "kazakhstan", "KZ") : new EventPlace("Bulgaria", "bulgaria", "BG");
        var city = s.Places.FirstOrDefault(p => p.Start >= title.Start && p.End <= title.End && p.Entity.Type == "city" && p.Entity.Country != own);
        return city is null ? null : Places.Of(city.Entity);
    }
}
