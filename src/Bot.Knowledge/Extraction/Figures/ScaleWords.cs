using Bot.Knowledge.Metrics;

namespace Bot.Knowledge.Extraction.Figures;

/// <summary>The scale words of figure-words.json ("million", "млн", "мың") for readers outside extraction.</summary>
public static class ScaleWords
{
    /// <summary>Every scale word as a regex alternation, longest first, without a surrounding group.</summary>
    public static string Alternation { get; } = CuePattern.Alternation(FigureWords.Default.AllScales);

    /// <summary>What a scale word multiplies by: "млрд" → 1e9, "thousand" → 1e3; 1 for anything else.</summary>
    public static double Multiplier(string word) => FigureWords.Default.ScaleOf(word) switch
    {
        "thousand" => 1e3,
        "million" => 1e6,
        "billion" => 1e9,
        _ => 1,
    };
}
