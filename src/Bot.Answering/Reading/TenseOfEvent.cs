using System.Text.RegularExpressions;
using Bot.Answering.Lexicon;
using Bot.Answering.Spans;
using Bot.Answering.Understanding;
using Bot.Knowledge.Model;

namespace Bot.Answering.Reading;

/// <summary>
/// "When will Tokayev visit Bulgaria?" asks of an event still ahead: a date the evidence gives an event that had already
/// taken place when the text was written (before the document's own date, in a clause that plans nothing, in a sentence
/// that puts nothing ahead) is a past event's, and never the asked future date. Words in Reading/tense.json.
/// </summary>
public sealed class TenseOfEvent
{
    public static TenseOfEvent Default { get; } = new(EmbeddedJson.Load<TenseFile>("tense.json"));

    readonly Regex _future;

    TenseOfEvent(TenseFile file)
    {
        _future = PhraseRegex.Of(file.Future);
    }

    /// <summary>The question asks of an event ahead and the span dates one already past when its text was written.</summary>
    public bool PastForFuture(Question q, string text, AnswerSpan span, PartialDate? published) =>
        published is { } written && span.Date is { } date && !span.Planned && !span.Relative
        && (span.DateEnd ?? date).End < written.Start && _future.IsMatch(q.Text) && !_future.IsMatch(text);

    /// <summary>The question puts the event it asks of ahead ("When will …", "Кога ще …").</summary>
    public bool AsksAhead(Question q) => _future.IsMatch(q.Text);

    public sealed record TenseFile([property: System.Text.Json.Serialization.JsonPropertyName("future")] Dictionary<string, List<string>> Future);
}
