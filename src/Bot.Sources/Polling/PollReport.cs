namespace Bot.Sources.Polling;

/// <summary>One pass over the sources: each source's own report, so one failing source never hides the others.</summary>
public sealed record PollReport(IReadOnlyList<SourceReport> Sources)
{
    public int Ingested => Sources.Sum(s => s.Ingested);
    public int NewAgreements => Sources.Sum(s => s.NewAgreements);
    public int FailedSources => Sources.Count(s => s.Status == SourceStatus.Failed);
}
