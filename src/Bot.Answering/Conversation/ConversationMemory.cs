namespace Bot.Answering.Conversation;

/// <summary>
/// What a conversation remembers for its follow-ups, in a form the store keeps: the question that set the subject and
/// the slots follow-ups inherit (metrics, periods), the last list of agreements in the order shown, the agreement and
/// the document the conversation is about, and the people the last answer named.
/// </summary>
public sealed record ConversationMemory(string Subject, string Lang)
{
    public IReadOnlyList<string> Metrics { get; init; } = [];

    /// <summary>Periods as "2024", "2025-01..2025-04".</summary>
    public IReadOnlyList<string> Periods { get; init; } = [];

    public IReadOnlyList<long> Agreements { get; init; } = [];

    public long? Agreement { get; init; }

    public IReadOnlyList<long> Documents { get; init; } = [];

    public IReadOnlyList<string> People { get; init; } = [];

    /// <summary>The sentences the last answer quoted.</summary>
    public IReadOnlyList<string> Quoted { get; init; } = [];

    /// <summary>The places, organisations and named things the last answer led with: "that city" is one of them.</summary>
    public IReadOnlyList<AnsweredName> Named { get; init; } = [];

    /// <summary>The day the last answer gave, to the day: "and the next day?" counts from it.</summary>
    public DateOnly? Date { get; init; }
}
