namespace Bot.Knowledge.Extraction.Vocabulary;

/// <summary>A vocabulary phrase found in a text: character offsets, token range, its tag, and the number a # stood for.</summary>
public readonly record struct PhraseMatch(int Start, int End, int FirstToken, int LastToken, string Tag, int? Number)
{
    public int Length => End - Start;
}
