using Bot.Answering.Spans;
using Bot.Answering.Understanding;
using Bot.Knowledge.Extraction.Events;
using Bot.Knowledge.Extraction.Vocabulary;

namespace Bot.Answering.Reading;

/// <summary>
/// A person a sentence names after "with" ("…, которые приводила Абдыкаликова на встрече с Поповой", "met with X",
/// "Тоқаевпен") is the one met, not the one acting. When the question asks who did something other than meet
/// ("who gave this figure?"), that person answers it less well than the one the sentence makes act.
/// </summary>
public static class MeetingParty
{
    // Words between "with" and the name: "с вице-президентом Болгарии Маргаритой Поповой".
    const int WithReach = 8;

    const double MetNotActing = 0.5;

    public static double Factor(Question q, string sentence, AnswerSpan span)
    {
        if (span.Type != AnswerType.Person || AsksAboutMeeting(q.Text)) return 1;
        return Follows(sentence, span) ? MetNotActing : 1;
    }

    internal static bool AsksAboutMeeting(string question)
    {
        var tokens = TokenList.Of(question);
        return EventWords.Meeting.IsMatch(tokens) || EventWords.Talks.IsMatch(tokens) || EventWords.ReceivedBy.IsMatch(tokens);
    }

    static bool Follows(string sentence, AnswerSpan span)
    {
        var tokens = TokenList.Of(sentence);
        var at = tokens.IndexAt(span.Start);
        if (at <= 0 || at >= tokens.Count) return false;
        var from = tokens[Math.Max(0, at - WithReach)].Start;
        if (EventWords.With.Matches(tokens, from, span.Start) is { Count: > 0 } with && !sentence[with[^1].End..span.Start].Contains(',')) return true;
        var written = sentence[span.Start..span.End];
        return EventWords.WithSuffixes.Any(suffix => written.EndsWith(suffix, StringComparison.Ordinal));
    }
}
