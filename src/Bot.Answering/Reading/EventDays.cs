using System.Text.RegularExpressions;
using Bot.Answering.Lexicon;
using Bot.Answering.Understanding;

namespace Bot.Answering.Reading;

/// <summary>
/// "В какие дни проходил государственный визит?" asks the days a multi-day event ran: a source giving its range ("The visit
/// runs from 26 to 27 May") answers it; one giving the day it began or ended ("Токаев пристига на 26 май", "сапарын кеше
/// аяқтады") gives one of those days, which is no answer where a range is stated. Words in Reading/event-days.json.
/// </summary>
public sealed class EventDays
{
    public static EventDays Default { get; } = new(EmbeddedJson.Load<DaysFile>("event-days.json"));

    readonly Regex _asks;

    EventDays(DaysFile file) => _asks = PhraseRegex.Of(file.AsksDays);

    /// <summary>The question asks the days an event ran.</summary>
    public bool Asks(Question q) => _asks.IsMatch(q.Text);

    /// <summary>For a question asking the days, the evidence dating the event by one day is dropped where another dates it by a range.</summary>
    public void KeepRanges(Question q, List<Candidate> answers)
    {
        if (!answers.Exists(Ranged) || !Asks(q)) return;
        answers.RemoveAll(a => !Ranged(a) && a.Spans.Any(IsDate));
    }

    static bool Ranged(Candidate a) => a.Spans.Any(s => IsDate(s) && s.DateEnd is { } end && s.Date is { } start && end != start);

    static bool IsDate(Spans.AnswerSpan s) => s.Type is AnswerType.Date;

    public sealed record DaysFile([property: System.Text.Json.Serialization.JsonPropertyName("asks_days")] Dictionary<string, List<string>> AsksDays);
}
