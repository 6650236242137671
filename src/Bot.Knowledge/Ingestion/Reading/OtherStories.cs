namespace Bot.Knowledge.Ingestion.Reading;

/// <summary>
/// The head of a list of other stories ("Read also", "Читайте также:", "Прочетете още", "Тағы оқыңыз"), or a line led by
/// one: what stands under it is another article's headline, not the text of the one it is printed in.
/// </summary>
public static class OtherStories
{
    /// <summary>The line is only such a head.</summary>
    public static bool IsHead(string? line) => line is { Length: > 0 } && PageLayoutWords.SectionHead.IsMatch(line);

    /// <summary>The line is such a head, or starts with one and a colon ("Read also: …").</summary>
    public static bool Heads(string? line) => IsHead(line) || line is { Length: > 0 } && PageLayoutWords.SectionLead.IsMatch(line);
}
