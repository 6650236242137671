namespace Bot.Knowledge.Extraction.Figures;

/// <summary>
/// "mostly", "главным образом", "основно", "негізінен" (figure-words.json "composition"): a good named right after one is
/// a part of the amount beside it ("exports rose to $303.6 million, mostly crude oil"), not what the amount measures.
/// </summary>
public static class CompositionWords
{
    // How far before a word its composition word may stand ("mainly of crude oil", "в основном за счёт сырой нефти").
    const int Reach = 24;

    /// <summary>A composition word stands just before <paramref name="index"/> in <paramref name="text"/>.</summary>
    public static bool Precede(string text, int index) =>
        FigureWords.Default.Composition.IsMatch(text.AsSpan(Math.Max(0, index - Reach), Math.Min(Reach, index)));
}
