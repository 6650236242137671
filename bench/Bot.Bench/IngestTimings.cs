namespace Bot.Bench;

/// <summary>Where ingestion time went, per pipeline step, summed over all generated documents (seconds).</summary>
internal sealed record IngestTimings(int Documents, double GenerateSeconds, double ParseSeconds, double ExtractSeconds, double PrepareSeconds,
    double SaveSeconds, int Agreements, int Figures)
{
    public double PipelineSeconds => ParseSeconds + ExtractSeconds + PrepareSeconds + SaveSeconds;

    public double DocsPerSecond => PipelineSeconds > 0 ? Documents / PipelineSeconds : 0;
}
