using Bot.Answering.Evidence;
using Bot.Answering.Spans;
using Bot.Answering.Understanding;

namespace Bot.Answering.Conditions;

/// <summary>
/// "Кога Йотова разговаря с Токаев?" — 7 October — "А с кого се срещна на следващия ден?": the day after the last answer's.
/// A sentence dating what it tells to another day ("today" in the item of the 7th) tells of another day; a news item dated
/// before the asked day cannot report what happened on it, and what it recalls ("last month in New York") is another
/// meeting. Judged only for a follow-up that moved the day ("the next day", "накануне"), whose day is exact.
/// </summary>
public static class ShiftedDay
{
    public static bool Holds(Question q, EvidenceWindow w)
    {
        if (q.DayShift == 0 || q.Date is not { } day) return true;
        var days = DateSpans.Find(w.Sentence, AnswerType.Date, w.Published)
            .Select(s => s.Date).OfType<Bot.Knowledge.Model.PartialDate>().Where(d => d is { Month: not null, Day: not null }).Select(d => d.Start).ToList();
        if (days.Count > 0) return days.Contains(day);
        return w.Published is not { Month: not null, Day: not null } published || published.Start >= day;
    }
}
