namespace Bot.Bench;

/// <summary>Everything one bench run measured.</summary>
internal sealed record BenchResult(
    BenchSettings Settings,
    IReadOnlyDictionary<string, double> PhaseSeconds,
    IngestTimings Ingest,
    IReadOnlyList<QuestionTiming> Answers,
    IReadOnlyList<double> FtsRaw,
    IReadOnlyList<double> FtsContent,
    long Documents,
    long Passages,
    long Agreements,
    long Figures,
    double DatabaseMb,
    IReadOnlyDictionary<string, MemorySample> Memory)
{
    /// <summary>The same questions asked as turns of keyed chats, with the store work a Telegram message does (<see cref="ChatStage"/>).</summary>
    public IReadOnlyList<QuestionTiming> ChatAnswers { get; init; } = [];

    /// <summary>Cached views of the corpus built while the chats asked (<see cref="Bot.Knowledge.Storage.StoreVersion.SnapshotBuilds"/>): none, the corpus did not change.</summary>
    public long ChatSnapshotBuilds { get; init; }

    /// <summary>Agreements the store held after seeding from data/, before the corpus.</summary>
    public long SeededAgreements { get; init; }

    /// <summary>Distinct signed documents the generated articles report (each as often as articles retell it): what extraction should store.</summary>
    public long ReportedAgreements { get; init; }

    /// <summary>Whether the peak working set was started over after ingestion, so <see cref="AnswerPeakMb"/> is the answering phases' own.</summary>
    public bool PeakReset { get; init; }

    public const double TargetDocsPerSecond = 2_000;
    public const double TargetP99Ms = 20;
    public const double TargetRatio = 3;
    public const double TargetPeakMb = 150;

    IReadOnlyList<double> AnswerMs => Answers.Select(a => a.Ms).ToList();

    public double AnswerP(double p) => Percentiles.Of(AnswerMs, p);

    public double ChatP(double p) => Percentiles.Of(ChatAnswers.Select(a => a.Ms).ToList(), p);

    public double ChatCpuP(double p) => Percentiles.Of(ChatAnswers.Select(a => a.CpuMs).ToList(), p);

    public double FtsP(double p) => Percentiles.Of(FtsRaw, p);

    public double FtsContentP(double p) => Percentiles.Of(FtsContent, p);

    public double RatioP99 => FtsP(99) > 0 ? AnswerP(99) / FtsP(99) : 0;

    public double RatioContentP99 => FtsContentP(99) > 0 ? AnswerP(99) / FtsContentP(99) : 0;

    public double PeakMb => Memory.Values.Max(m => m.PeakWorkingSetMb);

    /// <summary>Peak working set while answering (alone and in chats) and searching (cumulative with ingestion where it could not be reset).</summary>
    public double AnswerPeakMb => AnsweringStages.Where(Memory.ContainsKey).Max(s => Memory[s].PeakWorkingSetMb);

    static readonly string[] AnsweringStages = ["answered", "chatted", "searched"];
}
