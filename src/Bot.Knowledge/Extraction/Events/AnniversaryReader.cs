using Bot.Knowledge.Extraction.Reading;
using Bot.Knowledge.Model;

namespace Bot.Knowledge.Extraction.Events;

/// <summary>
/// Anniversaries ("the 33rd anniversary of diplomatic relations", "к 20-летию", "33 жылдығы") and establishment dates
/// ("relations were established in 1992", "Bulgaria opens its embassy in Almaty", "N years since relations were
/// established" in a dated text). An anniversary of relations also dates their establishment.
/// </summary>
public static class AnniversaryReader
{
    public static void Read(SentenceFacts s, EventContext ctx)
    {
        if (EventWords.Anniversary.First(s.Tokens) is { } anniversary && Count(s, anniversary) is { } n)
        {
            // The day of the celebration when the sentence gives one; a bare year there is more likely the founding year.
            // "В конце декабря … к 20-летию" in a January text is last December (see EventParts.When).
            var day = s.Dates.FirstOrDefault(d => d.Start.Month is not null);
            var when = (day is null ? null : EventParts.When(s, day.Index, day.EndIndex, ctx).Start) ?? ctx.Doc.ContextDate(s.Unit.Index) ?? ctx.Doc.Published;
            var ofRelations = EventWords.Relations.IsMatch(s.Tokens, anniversary.Start);
            ctx.Add(new EventDraft(EventKinds.Anniversary, EventParts.Label(s.Text, s.Tokens[Math.Max(0, anniversary.FirstToken - 1)].Start, s.Text.Length, 8), [], [],
                EventParts.Where(s, 0, s.Text.Length, ctx, orDateline: false), when, null, EventStatuses.Held, null, n, null, null, null, s.Text), s);
            // Only when the text does not date the establishment itself; the celebration's place is not the founding's.
            if (ofRelations && when is { } w && !s.Dates.Any(d => d.Start.Year == w.Year - n)
                && !ctx.Events.Exists(e => e.Kind == EventKinds.Establishment && e.Start?.Year == w.Year - n))
                Establish(s, ctx, new PartialDate(w.Year - n), "diplomatic relations", null);
        }
        // "Bulgaria opened an embassy in 1994, while Kazakhstan set up its mission in Sofia only in 2004; in 2019 it became
        // an embassy": each clause may found something, with its own date.
        var clauses = Clauses.Of(s.Text);
        var found = false;
        foreach (var (from, to) in clauses)
            found |= clauses.Count > 1 && EstablishIn(s, ctx, from, to, clauseOnly: true);
        if (!found) EstablishIn(s, ctx, 0, s.Text.Length, clauseOnly: false);
    }

    static bool EstablishIn(SentenceFacts s, EventContext ctx, int from, int to, bool clauseOnly)
    {
        if (EventWords.Established.First(s.Tokens, from, to) is not { } established) return false;
        if (EventWords.EstablishedObjects.First(s.Tokens, from, to) is not { } what) return false;
        if (Nearest(s.Dates, established.Start, from, to, clauseOnly) is not { } date) return false;
        Establish(s, ctx, date.Start, s.Text[what.Start..what.End], EventParts.Where(s, from, to, ctx, orDateline: false));
        return true;
    }

    // Apart from EstablishIn: its lambdas would capture EstablishIn's arguments, an object for every sentence it is asked of.
    static DateMention? Nearest(IReadOnlyList<DateMention> dates, int at, int from, int to, bool clauseOnly) =>
        dates.Where(d => (!d.Relative || d.Start.Month is null) && (!clauseOnly || d.Index >= from && d.Index < to))
            .OrderBy(d => Math.Abs(d.Index - at)).FirstOrDefault();

    static void Establish(SentenceFacts s, EventContext ctx, PartialDate date, string what, EventPlace? place) =>
        ctx.Add(new EventDraft(EventKinds.Establishment, what, [], [], place, date, null,
            EventStatuses.Held, null, null, null, null, null, s.Text), s);

    /// <summary>The number right before "anniversary": "33rd", "20th", "30-ата", "20-летию", "тридцатая".</summary>
    static int? Count(SentenceFacts s, Vocabulary.PhraseMatch cue)
    {
        var t = s.Tokens;
        for (var i = cue.FirstToken - 1; i >= Math.Max(0, cue.FirstToken - 2); i--)
            if (CalendarWords.Ordinal(t[i].Folded) is { } o and > 0 and < 500) return o;
        // "20-летию" is one word to the reader: the number is its first token.
        if (t[cue.FirstToken].Folded.All(char.IsLetter) && cue.FirstToken >= 1 && t.Joined(cue.FirstToken - 1) && t[cue.FirstToken - 1].Folded.All(char.IsDigit))
            return int.Parse(t[cue.FirstToken - 1].Folded, System.Globalization.CultureInfo.InvariantCulture);
        return null;
    }
}
