namespace Bot.Knowledge.Documents;

/// <summary>A document as the operator sees it: where it came from, when, and what was read out of it.</summary>
public sealed class StoredDocument
{
    public long Id { get; set; }
    public string Uri { get; set; } = "";
    public string Title { get; set; } = "";
    public string? Url { get; set; }
    public string? Published { get; set; }
    public string Lang { get; set; } = "";
    public string IngestedAt { get; set; } = "";
    public string? SourceLabel { get; set; }
    public int Passages { get; set; }
    public int Figures { get; set; }
    public int Agreements { get; set; }
}
