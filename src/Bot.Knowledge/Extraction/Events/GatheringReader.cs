using System.Text.RegularExpressions;
using Bot.Knowledge.Extraction.Reading;
using Bot.Knowledge.Extraction.Vocabulary;
using Bot.Knowledge.Model;

namespace Bot.Knowledge.Extraction.Events;

/// <summary>
/// Commission sessions (with their ordinal: "the fifth session", "пятое заседание", "петото заседание", "бесінші
/// отырыс"), business forums (with their organiser) and political consultations: where, when, held or planned. A later
/// sentence about the same gathering ("The session was co-chaired by…") completes it rather than adding another.
/// </summary>
public static partial class GatheringReader
{
    public static void Read(SentenceFacts s, EventContext ctx)
    {
        if (EventWords.Session.First(s.Tokens) is { } session && (EventWords.Commission.IsMatch(s.Tokens) || ctx.LastIn(s)?.Kind == EventKinds.Session))
            Add(s, ctx, EventKinds.Session, session, Ordinal(s, session));
        else if (EventWords.Forum.First(s.Tokens) is { } forum)
            Add(s, ctx, EventKinds.Forum, forum, null);
        else if (EventWords.Consultations.First(s.Tokens) is { } consultations)
            Add(s, ctx, EventKinds.Consultations, consultations, null);
    }

    static void Add(SentenceFacts s, EventContext ctx, string kind, PhraseMatch cue, int? ordinal)
    {
        var (start, end) = EventParts.When(s, 0, s.Text.Length, ctx);
        var told = ctx.Events.FindLastIndex(e => e.Kind == kind && (ordinal is null || e.Ordinal == ordinal) && (s.Dates.Count == 0 || e.Start == start));
        if (told >= 0)
        {
            if (kind == EventKinds.Forum && ctx.Events[told].Organisation is null && Organiser(s) is { } more) ctx.Events[told] = ctx.Events[told] with { Organisation = more };
            return;
        }
        var participants = kind == EventKinds.Forum ? s.People.Select(p => p.Actor("participant")).ToList() : [];
        var organiser = kind == EventKinds.Forum ? Organiser(s) : null;
        var place = EventParts.Where(s, 0, s.Text.Length, ctx, e => e.Type == "country", orDateline: false)
            ?? (kind == EventKinds.Session ? null : ctx.Doc.Dateline) ?? EventParts.Where(s, 0, s.Text.Length, ctx, orDateline: false);
        var labelFrom = ordinal is null ? cue.Start : s.Tokens[Math.Max(0, cue.FirstToken - 1)].Start;
        ctx.Add(new EventDraft(kind, EventParts.Label(s.Text, labelFrom, s.Text.Length, 8), participants, [],
            place, start, end, EventParts.Status(s, 0, s.Text.Length, start, ctx), null, ordinal, null, organiser, null, s.Text), s);
    }

    /// <summary>The ordinal among the two words before the session word ("the sixth session", "Предыдущее, четвёртое заседание").</summary>
    static int? Ordinal(SentenceFacts s, PhraseMatch cue)
    {
        for (var i = cue.FirstToken - 1; i >= Math.Max(0, cue.FirstToken - 3); i--)
        {
            var word = s.Tokens[i].Folded;
            if (word.All(char.IsDigit) && !Suffixed(s, i)) continue;
            if (CalendarWords.Ordinal(word) is { } o) return o;
        }
        return null;
    }

    // "5th", "5-е", "5-ото": digits are an ordinal only with an ordinal ending.
    static bool Suffixed(SentenceFacts s, int i) => s.Tokens[i].End < s.Text.Length && s.Text[s.Tokens[i].End] == '-';

    /// <summary>"organised by X", "Домакин на форума беше „Казах Инвест“": the institution or person named after the cue.</summary>
    public static EventActor? Organiser(SentenceFacts s)
    {
        if (EventWords.Organiser.First(s.Tokens) is not { } cue) return null;
        var after = cue.End;
        if (s.Bodies.FirstOrDefault(b => b.Start >= after) is { } body) return new EventActor(body.Entity.Name, body.Entity.Id, body.Entity.Country, "organiser");
        if (Quoted().Match(s.Text, after) is { Success: true } q && q.Index - after < 40)
            return new EventActor(q.Groups["n"].Value.Trim(), null, Entities.Gazetteer.FirstCountry(q.Value), "organiser");
        if (s.People.FirstOrDefault(p => p.Start >= after) is { } person) return person.Actor("organiser");
        return null;
    }

    [GeneratedRegex(@"[«„“""](?<n>[^»“”""]{2,80})[»“”""]")]
    private static partial Regex Quoted();
}
