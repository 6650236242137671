using System.Numerics;

namespace Bot.Answering.Evidence;

/// <summary>Which of the question's units a window holds, at each level of context, as bit masks (one bit per unit).</summary>
public readonly record struct WindowUnits(ulong Sentence, ulong Neighbours, ulong Paragraph, ulong Title)
{
    public ulong Any => Sentence | Neighbours | Paragraph | Title;

    public int Count => BitOperations.PopCount(Any);

    /// <summary>The share of the question's weight the window covers, each unit counted at the closest level it is found.</summary>
    public double Coverage(QueryWeights weights)
    {
        if (weights.Total <= 0) return 0;
        var near = Neighbours & ~Sentence;
        var paragraph = Paragraph & ~Sentence & ~near;
        var title = Title & ~Sentence & ~near & ~paragraph;
        var score = weights.Of(Sentence) * ContextLevel.Sentence + weights.Of(near) * ContextLevel.Neighbour
            + weights.Of(paragraph) * ContextLevel.Paragraph + weights.Of(title) * ContextLevel.Title;
        return score / weights.Total;
    }

    public bool Holds(int unit, bool sentenceOnly = false) => ((sentenceOnly ? Sentence : Any) & 1UL << unit) != 0;
}
