namespace Bot.Bench;

/// <summary>
/// Where ingestion time went, per pipeline step, summed over all generated documents: wall seconds, the CPU seconds of
/// the thread doing the step and the MB it allocated. Setup (the extractor's one-off copy of the entity index) is
/// reported apart and, like generation, kept out of docs/s, as it always was. Figures, prepare and save run beside reading and
/// extracting: docs/s counts the reading thread's steps and its waits for the saves (<see cref="Wait"/>), not the work of
/// the saving thread that it did not wait for.
/// </summary>
internal sealed record IngestTimings(int Documents, StepCost Generate, StepCost Setup, StepCost Parse, StepCost Extract, StepCost FigureReading,
    StepCost Prepare, StepCost Save, StepCost Wait, int Agreements, int Figures, IReadOnlyList<int> Collections)
{
    /// <summary>
    /// CPU seconds of the whole process over the ingestion loop, less generation and setup: every thread that worked for
    /// ingestion (the reading and saving threads, the pool threads extraction hands work to, the background GC).
    /// </summary>
    public double ProcessCpuSeconds { get; init; }

    /// <summary>Wall seconds every thread of the process stood still for the GC during ingestion (GC.GetTotalPauseDuration).</summary>
    public double GcPauseSeconds { get; init; }

    /// <summary>Documents per CPU second of the whole process (<see cref="ProcessCpuSeconds"/>).</summary>
    public double DocsPerProcessCpuSecond => ProcessCpuSeconds > 0 ? Documents / ProcessCpuSeconds : 0;

    public double GenerateSeconds => Generate.WallSeconds;
    public double ParseSeconds => Parse.WallSeconds;
    public double ExtractSeconds => Extract.WallSeconds;
    public double PrepareSeconds => Prepare.WallSeconds;
    public double SaveSeconds => Save.WallSeconds;

    /// <summary>The work of ingestion, on whichever thread it ran.</summary>
    IEnumerable<StepCost> Pipeline => [Parse, Extract, FigureReading, Prepare, Save];

    /// <summary>Wall time of ingestion as the reading thread lived it: its own steps and its waits for the saving thread.</summary>
    public double PipelineSeconds => Parse.WallSeconds + Extract.WallSeconds + Wait.WallSeconds;

    public double DocsPerSecond => PipelineSeconds > 0 ? Documents / PipelineSeconds : 0;

    /// <summary>Documents per second of the ingesting threads' own CPU time: what docs/s would be on one core of its own.</summary>
    public double DocsPerCpuSecond => Pipeline.Sum(s => s.CpuSeconds) is var cpu and > 0 ? Documents / cpu : 0;

    public IEnumerable<(string Step, StepCost Cost)> Steps =>
        [("generate", Generate), ("setup", Setup), ("parse", Parse), ("extract", Extract), ("figures", FigureReading), ("prepare", Prepare), ("save", Save), ("wait", Wait)];

    public double AllocatedMb => Pipeline.Sum(s => s.AllocatedMb);
}
