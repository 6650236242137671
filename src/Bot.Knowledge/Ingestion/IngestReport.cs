namespace Bot.Knowledge.Ingestion;

public enum IngestStatus { Added, Updated, Unchanged, Failed }

/// <summary>One document's outcome: every target reports its own, so one bad file never hides the others.</summary>
public sealed record IngestResult(string Target, IngestStatus Status, string? Title, string? Reason, int Agreements, int Figures, IReadOnlyList<long> NewAgreementIds)
{
    /// <summary>What the reader noticed without failing the document: ignored keys, no date, a shortened title, "fictional".</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];
}

public sealed record IngestReport(IReadOnlyList<IngestResult> Results)
{
    /// <summary>The run was cancelled (Ctrl+C, SIGTERM): <see cref="Results"/> is what was done before it stopped.</summary>
    public bool Interrupted { get; init; }

    public int Count(IngestStatus s) => Results.Count(r => r.Status == s);
    public int AgreementsFound => Results.Sum(r => r.Agreements);
    public int FiguresFound => Results.Sum(r => r.Figures);
    public IEnumerable<long> NewAgreementIds => Results.SelectMany(r => r.NewAgreementIds);
    public int WarningCount => Results.Sum(r => r.Warnings.Count);
}
