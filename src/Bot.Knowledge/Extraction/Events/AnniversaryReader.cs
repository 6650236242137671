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
            if (ofRelations && when is { } w && !s.Dates.Any(d => d.Start.Year == w.Year - n))
                Establish(s, ctx, new PartialDate(w.Year - n), "diplomatic relations");
        }
        if (EventWords.Established.First(s.Tokens) is not { } established) return;
        if (EventWords.EstablishedObjects.First(s.Tokens) is not { } what) return;
        var date = s.Dates.Where(d => !d.Relative || d.Start.Month is null).OrderBy(d => Math.Abs(d.Index - established.Start)).FirstOrDefault();
        if (date is null) return;
        Establish(s, ctx, date.Start, s.Text[what.Start..what.End]);
    }

    static void Establish(SentenceFacts s, EventContext ctx, PartialDate date, string what) =>
        ctx.Add(new EventDraft(EventKinds.Establishment, what, [], [], EventParts.Where(s, 0, s.Text.Length, ctx, orDateline: false), date, null,
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
