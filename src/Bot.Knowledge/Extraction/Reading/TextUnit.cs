namespace Bot.Knowledge.Extraction.Reading;

/// <summary>How a piece of a document is laid out: a sentence of running text, an item of a list, or a heading.</summary>
public enum UnitKind
{
    Sentence,
    ListItem,
    Heading,
}

/// <summary>
/// One sentence, list item or heading of a document in reading order. A list item keeps the sentences that introduce
/// its list ("The following memoranda were signed:"), so what the list is about is known while reading the item.
/// </summary>
public sealed record TextUnit(int Index, int Paragraph, UnitKind Kind, string Text, string? ListIntro)
{
    public bool IsListItem => Kind == UnitKind.ListItem;
}
