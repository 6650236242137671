using Bot.Answering.Lexicon;
using Bot.Answering.Spans;
using Bot.Answering.Understanding;
using Bot.Knowledge.Text;

namespace Bot.Answering.Reading;

/// <summary>
/// The event a date in a sentence is the date of: the nearest event word before it in its clause ("signed in Almaty on
/// 13 November 1997", "ратифицирован Законом № 202 от 15 мая 2001 года"), else the first after it there (Kazakh puts the
/// date first: "1999 жылы … қол қойылды"). A sentence often dates several events of one thing; the date of another event
/// than the one asked ("signed …, ratified by Law of 9 July 1998" for "when was it ratified?") answers less well.
/// </summary>
public sealed class DateEvents(DomainLexicon lexicon, IReadOnlySet<string> events)
{
    public static DateEvents Default { get; } = new(DomainLexicon.Default, AnswerTypeCues.Default.DatedEvents);

    // A date of another event than the one asked: still a date, read when nothing better is stated.
    const double OtherEvent = 0.4;

    /// <summary>The events the question asks the date of ("ratified" → ratify), none when it names no event word.</summary>
    public IReadOnlySet<string> Asked(Question q) =>
        q.Units.SelectMany(u => Concepts(TextNormalizer.Fold(u.Label))).ToHashSet(StringComparer.Ordinal);

    /// <summary>1 for a date of an asked event, or of no event word at all; less for a date another event word governs.</summary>
    public double Factor(string sentence, AnswerSpan span, IReadOnlySet<string> asked)
    {
        if (asked.Count == 0) return 1;
        var governing = Before(sentence, span.Start) ?? After(sentence, span.End);
        return governing is null || governing.Any(asked.Contains) ? 1 : OtherEvent;
    }

    List<string> Concepts(string folded) => lexicon.ConceptsOfWord(folded).Where(events.Contains).ToList();

    /// <summary>The concepts of the last event word between the clause's start and <paramref name="end"/>.</summary>
    List<string>? Before(string sentence, int end)
    {
        var start = sentence.LastIndexOfAny(ClauseBreaks, Math.Max(0, end - 1)) + 1;
        List<string>? last = null;
        foreach (var concepts in EventWords(sentence, start, end))
            last = concepts;
        return last;
    }

    /// <summary>The concepts of the first event word between <paramref name="start"/> and the clause's end.</summary>
    List<string>? After(string sentence, int start)
    {
        var end = start < sentence.Length ? sentence.IndexOfAny(ClauseBreaks, start) : -1;
        return EventWords(sentence, start, end < 0 ? sentence.Length : end).FirstOrDefault();
    }

    IEnumerable<List<string>> EventWords(string sentence, int from, int to)
    {
        var position = from;
        while (position < to && Tokenizer.Next(sentence, ref position, out var s, out var length) && s + length <= to)
            if (Concepts(TextNormalizer.Fold(sentence.Substring(s, length))) is { Count: > 0 } concepts) yield return [.. concepts];
    }

    // Commas, semicolons, colons, dashes and brackets end a clause: "…, подписанная в Алматы 13 ноября 1997 года, ратифицирована …".
    static readonly char[] ClauseBreaks = [',', ';', ':', '(', ')', '—', '–'];
}
