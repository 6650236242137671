namespace Bot.Bench;

/// <summary>
/// Where ingestion time went, per pipeline step, summed over all generated documents: wall seconds, the ingesting
/// thread's CPU seconds and the MB it allocated. Setup (the extractor's one-off copy of the entity index) is reported
/// apart and, like generation, kept out of docs/s, as it always was.
/// </summary>
internal sealed record IngestTimings(int Documents, StepCost Generate, StepCost Setup, StepCost Parse, StepCost Extract, StepCost Prepare,
    StepCost Save, int Agreements, int Figures, IReadOnlyList<int> Collections)
{
    public double GenerateSeconds => Generate.WallSeconds;
    public double ParseSeconds => Parse.WallSeconds;
    public double ExtractSeconds => Extract.WallSeconds;
    public double PrepareSeconds => Prepare.WallSeconds;
    public double SaveSeconds => Save.WallSeconds;

    IEnumerable<StepCost> Pipeline => [Parse, Extract, Prepare, Save];

    public double PipelineSeconds => Pipeline.Sum(s => s.WallSeconds);

    public double DocsPerSecond => PipelineSeconds > 0 ? Documents / PipelineSeconds : 0;

    /// <summary>Documents per second of the ingesting thread's own CPU time: what docs/s would be with a core to itself.</summary>
    public double DocsPerCpuSecond => Pipeline.Sum(s => s.CpuSeconds) is var cpu and > 0 ? Documents / cpu : 0;

    public IEnumerable<(string Step, StepCost Cost)> Steps =>
        [("generate", Generate), ("setup", Setup), ("parse", Parse), ("extract", Extract), ("prepare", Prepare), ("save", Save)];

    public double AllocatedMb => Pipeline.Sum(s => s.AllocatedMb);
}
