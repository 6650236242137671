namespace Bot.Bench;

/// <summary>How big a corpus and question load to run, and the seed that makes the run repeatable.</summary>
public sealed record BenchSettings(int Documents = BenchSettings.DefaultDocuments, int Questions = BenchSettings.DefaultQuestions, int Seed = BenchSettings.DefaultSeed)
{
    public const int DefaultDocuments = 10_000;
    public const int DefaultQuestions = 300;
    public const int DefaultSeed = 20_250_609;
}
