namespace Bot.Knowledge.Search;

// Flat result rows for joined queries; sqlite-net maps columns to properties by name.
internal sealed class PassageHit
{
    public long Id { get; set; }
    public string Text { get; set; } = "";
    public string? FactId { get; set; }
    public long DocId { get; set; }
    public string Title { get; set; } = "";
    public string? Url { get; set; }
    public string? Published { get; set; }
    public double Rank { get; set; }
}

internal sealed class NeighbourRow
{
    public long Id { get; set; }
    public string? Before { get; set; }
    public string? After { get; set; }
}

internal sealed class LeadRow
{
    public long Doc { get; set; }
    public string Text { get; set; } = "";
}

internal sealed class TermCount
{
    public string Term { get; set; } = "";
    public long Doc { get; set; }
}

internal sealed class DocumentSourceHit
{
    public long DocId { get; set; }
    public string Title { get; set; } = "";
    public string? Url { get; set; }
    public string? Published { get; set; }
}

internal sealed class AgreementSourceHit
{
    public long AgreementId { get; set; }
    public long DocId { get; set; }
}
