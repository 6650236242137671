namespace Bot.Answering.Evidence;

/// <summary>A window with the question's units it holds and the share of the question it covers.</summary>
public sealed record ScoredWindow(EvidenceWindow Window, WindowUnits Units, double Coverage)
{
    /// <summary>The window is the words of one the question asks the words of, or the question asks of no one's words.</summary>
    public bool Spoken { get; init; } = true;
}
