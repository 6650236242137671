namespace Bot.Knowledge.Extraction.Figures;

/// <summary>Growth as a sentence states it: "3.9 times", "elevenfold", "в 48 раз", "rose 5.5 percent", "fell 3%".</summary>
internal sealed record GrowthStatement(int Index, int Length, double? Factor, double? Percent)
{
    public int End => Index + Length;
}
