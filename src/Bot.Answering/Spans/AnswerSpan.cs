using Bot.Answering.Understanding;
using Bot.Knowledge.Model;

namespace Bot.Answering.Spans;

/// <summary>
/// A stretch of an evidence sentence that answers a question of some type: where it stands, what it says, and what it
/// means (a resolved date, a number with its qualifier, a known entity). Every span is text the source states.
/// </summary>
public sealed record AnswerSpan(AnswerType Type, string Text, int Start, int Length)
{
    public int End => Start + Length;

    /// <summary>How sure the finder is that this is a span of its type (a known entity 1, a guessed name less).</summary>
    public double Confidence { get; init; } = 1;

    public PartialDate? Date { get; init; }

    public PartialDate? DateEnd { get; init; }

    /// <summary>The date was worked out from a relative word ("yesterday", "былтыр") and the document's date.</summary>
    public bool Relative { get; init; }

    /// <summary>The document's date a relative date was counted from.</summary>
    public PartialDate? Anchor { get; init; }

    /// <summary>No date is stated: the news item reports the event as it happened, on the day it is dated (<see cref="Anchor"/>).</summary>
    public bool ReportDate { get; init; }

    /// <summary>The sentence is an act's own text ("Ратифицировать Соглашение …"): it is done on the day the act is dated (a <see cref="ReportDate"/> too).</summary>
    public bool ActDate { get; init; }

    /// <summary>The date's clause states a plan ("a Sunday school is planned for next year"): a date it was meant for, not one it happened on.</summary>
    public bool Planned { get; init; }

    /// <summary>The event the date was set for was put off or cancelled ("planned for 20 March, was postponed"): no day it happened on.</summary>
    public bool CalledOff { get; init; }

    /// <summary>The value the source first stated and a correction notice under it replaced with this one (<see cref="Reading.Corrections"/>).</summary>
    public AnswerSpan? Corrects { get; init; }

    /// <summary>The date the source gives and the years after it this date falls: an anniversary asked, counted (<see cref="Reading.Anniversaries"/>).</summary>
    public (PartialDate From, int Years)? CountedFrom { get; init; }

    public double? Value { get; init; }

    /// <summary>A table's sub-row the question asks for by its own words ("в т.ч. с цел почивка"): a total elsewhere is another figure, not a rival.</summary>
    public bool AskedPart { get; init; }

    /// <summary>about, nearly, more_than, over, less_than (keys of texts.json "qualifier.*"), or null for an exact value.</summary>
    public string? Qualifier { get; init; }

    public string? Unit { get; init; }

    public string? Scale { get; init; }

    public string? EntityId { get; init; }

    /// <summary>The known entity's other names, in every script the store has them: the answer names it in the user's.</summary>
    public IReadOnlyList<string> Aliases { get; init; } = [];

    /// <summary>The title or role the text puts before a name ("Prime Minister", "министър-председателя на Казахстан").</summary>
    public string? Role { get; init; }
}
