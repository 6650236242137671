using Bot.Knowledge.Metrics;

namespace Bot.Knowledge.Extraction.Figures;

/// <summary>
/// An amount a sentence states: money, a count or a percentage, with its span; a count also keeps the span of the
/// noun it counts ("60 companies", "50 стипендии").
/// </summary>
internal sealed record StatedAmount(int Index, int Length, FigureKind Kind, double Value, string Scale, string Unit, int NounIndex = -1, int NounLength = 0)
{
    public int End => Index + Length;

    public bool Overlaps(int index, int length) => index < End && Index < index + length;
}
