using System.Text.Json.Serialization;
using System.Text.RegularExpressions;
using Bot.Answering.Lexicon;
using Bot.Answering.Spans;
using Bot.Answering.Understanding;
using Bot.Knowledge.Text;

namespace Bot.Answering.Reading;

/// <summary>
/// "When did he take up his post as ambassador?" asks the beginning of a term, an event a holder has once: a text tells it
/// as "has headed it since January 2023" (a date after a word for since, or before one in Kazakh), and a meeting the
/// ambassador had later, or the appointment before, dates something else. Words in Reading/term-start.json.
/// </summary>
public sealed class TermStart
{
    public static TermStart Default { get; } = new(EmbeddedJson.Load<TermStartFile>("term-start.json"));

    /// <summary>The event a term's beginning is, among the events a question asks the date of (answer-types.json "own_dates").</summary>
    public const string Event = "take_office";

    readonly Regex _question;
    readonly Regex _sinceBefore;
    readonly Regex _sinceAfter;

    TermStart(TermStartFile file)
    {
        _question = PhraseRegex.Of(file.Question);
        // Anchored at the date: the since word is the last word before it, or the first after it.
        _sinceBefore = new Regex(@"(?:" + PhraseRegex.Of(file.SinceBefore) + @")[\s\u00A0]*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
        _sinceAfter = new Regex(@"^[\s\u00A0]*(?:" + PhraseRegex.Of(file.SinceAfter) + ")", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
    }

    /// <summary>The question asks when someone took up a post.</summary>
    public bool Asks(Question q) => _question.IsMatch(q.Text);

    /// <summary>
    /// The words of the question's phrase for taking up a post, folded: "вступил в должность" is no entry into force, though
    /// "вступил" alone names one.
    /// </summary>
    public IReadOnlySet<string> PhraseWords(Question q) =>
        _question.Matches(q.Text).SelectMany(m => Tokenizer.Words(TextNormalizer.Fold(m.Value))).ToHashSet(StringComparer.Ordinal);

    // A since word stands right beside the date; a few characters cover a word and its spaces.
    const int Reach = 24;

    /// <summary>The date is the start of a state that still holds: "since January 2023", "2023 жылдың қаңтарынан бастап".</summary>
    public bool Since(string sentence, AnswerSpan span)
    {
        if (span.Start < 0 || span.End > sentence.Length) return false;
        var from = Math.Max(0, span.Start - Reach);
        var to = Math.Min(sentence.Length, span.End + Reach);
        return _sinceBefore.IsMatch(sentence[from..span.Start]) || _sinceAfter.IsMatch(sentence[span.End..to]);
    }

    sealed record TermStartFile(
        Dictionary<string, List<string>> Question,
        [property: JsonPropertyName("since_before")] Dictionary<string, List<string>> SinceBefore,
        [property: JsonPropertyName("since_after")] Dictionary<string, List<string>> SinceAfter);
}
