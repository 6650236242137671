namespace Bot.Answering.Evidence;

/// <summary>A window with the question's units it holds and the share of the question it covers.</summary>
public sealed record ScoredWindow(EvidenceWindow Window, WindowUnits Units, double Coverage);
