using Bot.Answering.Spans;
using Bot.Answering.Understanding;
using Bot.Knowledge.Extraction.Events;

namespace Bot.Answering.Reading;

/// <summary>
/// "На какую дату пришлось 30-летие установления дипломатических отношений?" over "протокол … был подписан 5 июня 1992
/// года" in a text of 2022: the date a sentence gives for what the anniversary counts from is not the anniversary's; the
/// anniversary falls that many years later (5 June 2022), and the answer says it counted. A date the text gives of the
/// anniversary itself ("Ертең, 5 маусымда, … 30 жыл толады", "in 2017, for the 25th anniversary") is left as it is.
/// </summary>
public static class Anniversaries
{
    /// <summary>The years the question's anniversary counts ("30-летие", "the 25th anniversary"), or null when it names none or several.</summary>
    public static int? Asked(Question q) =>
        q.Ordinals.Count == 1 && q.Ordinals.First() is var n and > 0 && EventWords.Anniversary.IsMatch(q.Text) ? n : null;

    public static List<Candidate> Apply(Question q, List<Candidate> answers)
    {
        if (Asked(q) is not { } years) return answers;
        var events = DateEvents.Default.Asked(q);
        if (events.Count == 0) return answers;
        return answers.Select(a => a.Spans.Any(s => CountsFrom(a, s, events)) ? a with { Spans = [.. a.Spans.Select(s => CountsFrom(a, s, events) ? Later(s, years) : s)] } : a).ToList();
    }

    /// <summary>
    /// The date is what the anniversary counts from: the event the question names governs it ("протокол об установлении
    /// отношений был подписан 5 июня 1992"), and its sentence names no anniversary (whose date it would be). A date of
    /// another event (a concert held for the anniversary) is not counted from.
    /// </summary>
    static bool CountsFrom(Candidate a, AnswerSpan s, IReadOnlySet<string> events)
    {
        if (s.Type is not (AnswerType.Date or AnswerType.Year) || s.Date is null || s.ReportDate || s.Planned || s.Corrects is not null) return false;
        var sentence = a.Quoted.Prepend(a.Window.Window.Sentence)
            .FirstOrDefault(t => s.End <= t.Length && t.AsSpan(s.Start, s.Length).SequenceEqual(s.Text));
        return sentence is not null && !EventWords.Anniversary.IsMatch(sentence) && DateEvents.Default.Factor(sentence, s, events) >= 1;
    }

    static AnswerSpan Later(AnswerSpan s, int years) => s with
    {
        Date = s.Date!.Value with { Year = s.Date.Value.Year + years },
        DateEnd = s.DateEnd is { } end ? end with { Year = end.Year + years } : null,
        Relative = false,
        CountedFrom = (s.Date.Value, years),
    };
}
