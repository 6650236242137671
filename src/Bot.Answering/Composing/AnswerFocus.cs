using Bot.Answering.Conversation;

namespace Bot.Answering.Composing;

/// <summary>What an answer was about, for the follow-ups that point back at it: agreements listed, documents quoted, people named.</summary>
public sealed record AnswerFocus(IReadOnlyList<long> Agreements, IReadOnlyList<long> Documents, IReadOnlyList<string> People)
{
    public static readonly AnswerFocus None = new([], [], []);

    /// <summary>The sentences the answer quoted: a follow-up asks for what they did not say.</summary>
    public IReadOnlyList<string> Quoted { get; init; } = [];

    /// <summary>The places, organisations and named things the answer led with, by kind: "that city" points at them.</summary>
    public IReadOnlyList<AnsweredName> Named { get; init; } = [];

    /// <summary>The day the answer dated what was asked, when it gave one to the day: "the next day" counts from it.</summary>
    public DateOnly? Date { get; init; }
}
