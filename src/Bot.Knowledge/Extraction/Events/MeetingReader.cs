using Bot.Knowledge.Extraction.Reading;
using Bot.Knowledge.Model;

namespace Bot.Knowledge.Extraction.Events;

/// <summary>
/// Talks and meetings: who met whom, where and when. "X and Y held talks", "She met X, Y and Z", "X встретился с Y",
/// "Ол … Тоқаевпен келіссөз жүргізді", and the passive "X was received by Y" / "беше приет от Y" (Y is the host).
/// </summary>
public static class MeetingReader
{
    public static void Read(SentenceFacts s, EventContext ctx)
    {
        foreach (var (from, to) in Clauses.Of(s.Text))
        {
            var received = EventWords.ReceivedBy.First(s.Tokens, from, to);
            var talks = EventWords.Talks.First(s.Tokens, from, to);
            if ((received ?? talks ?? EventWords.Meeting.First(s.Tokens, from, to)) is not { } cue) continue;
            Read(s, ctx, from, to, received, talks, cue);
        }
    }

    // The clause's meeting, apart from the loop over clauses: its lambdas capture the clause's bounds and cue, an object
    // for every clause of every sentence were they made in the loop, meeting or not.
    static void Read(SentenceFacts s, EventContext ctx, int from, int to, Vocabulary.PhraseMatch? received, Vocabulary.PhraseMatch? talks, Vocabulary.PhraseMatch cue)
    {
        var named = s.People.Where(p => p.Start >= from && p.Start < to).ToList();
        var actor = received is not null || EventParts.RefersBack(s, from, cue.Start)
            ? EventParts.Subject(s, from, cue.Start, ctx, skipWith: true)
            : named.FirstOrDefault(p => !EventParts.FollowsWith(s, p)) ?? ctx.MainPerson;
        var others = named.Where(p => p.Person.Id != actor?.Person.Id && (received is null || p.Start > cue.Start)).ToList();
        if (actor is null || others.Count == 0) return;
        var (start, end) = EventParts.When(s, from, to, ctx);
        var kind = talks is not null && received is null ? EventKinds.Talks : EventKinds.Meeting;
        var roleOfOthers = received is not null ? "host" : "counterpart";
        var place = EventParts.Where(s, from, to, ctx, e => e.Type == "country", orDateline: false)
            ?? (start is not null && (start == ctx.Doc.LeadDate || start == ctx.Doc.NewsMonth) ? ctx.Doc.Dateline : null);
        ctx.Add(new EventDraft(kind, EventParts.Label(s.Text, cue.Start, to), [actor.Actor("participant")], others.Select(o => o.Actor(roleOfOthers)).ToList(),
            place, start, end, EventParts.Status(s, from, to, start, ctx), null, null, null, null, null, s.Text[from..to].Trim()), s);
    }
}
