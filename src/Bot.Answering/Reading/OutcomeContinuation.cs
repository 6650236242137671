using System.Text.RegularExpressions;
using Bot.Answering.Evidence;
using Bot.Answering.Lexicon;

namespace Bot.Answering.Reading;

/// <summary>
/// "Tokayev proposed that a joint working group on transport be created. Such a group has not yet been formed.": what became
/// of a proposal or a plan is told in the sentence after it. A proposal or plan quoted as an answer is quoted with that
/// sentence, so "what did he propose, and has it been created?" is not answered as if the proposal were the fact.
/// Words in Reading/outcomes.json.
/// </summary>
public sealed class OutcomeContinuation
{
    public static OutcomeContinuation Default { get; } = new(EmbeddedJson.Load<OutcomeFile>("outcomes.json"));

    readonly Regex _notYet;

    OutcomeContinuation(OutcomeFile file)
    {
        _notYet = PhraseRegex.Of(file.NotYet);
    }

    /// <summary>The sentence after the window's, when the window proposes or plans something and that sentence says it has not happened yet.</summary>
    public string? Of(EvidenceWindow w) =>
        w.After is { } after && !Speakers.EndsAsking(after) && _notYet.IsMatch(after)
        && (ProposalCheck.Default.Proposes(w.Sentence) || Bot.Knowledge.Extraction.Events.EventWords.Planned.IsMatch(w.Sentence))
            ? after : null;

    public sealed record OutcomeFile([property: System.Text.Json.Serialization.JsonPropertyName("not_yet")] Dictionary<string, List<string>> NotYet);
}
