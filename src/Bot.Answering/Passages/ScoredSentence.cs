using Bot.Knowledge.Model;

namespace Bot.Answering.Passages;

/// <summary>A sentence from a retrieved passage with the share of the question's weight it covers.</summary>
public sealed record ScoredSentence(string Text, Passage Passage, double Score, double Coverage, int MatchedUnits);
