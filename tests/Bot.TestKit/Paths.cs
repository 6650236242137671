namespace Bot.TestKit;

/// <summary>Locations tests need: the repository's data/ folder and the shared devset beside the repository.</summary>
public static class Paths
{
    public static string RepoRoot { get; } = FindRoot();

    public static string DataDir => Path.Combine(RepoRoot, "data");

    /// <summary>../shared beside the checkout: the evaluation sets. CI has it; a user's own clone may not.</summary>
    public static string SharedDir => Path.GetFullPath(Path.Combine(RepoRoot, "..", "shared"));

    /// <summary>../shared/devset/questions.jsonl, questions about the seeded store.</summary>
    public static string DevsetFile => Path.Combine(SharedDir, "devset", "questions.jsonl");

    /// <summary>../shared/devcorpus: news documents (docs/) and questions about them (questions.jsonl).</summary>
    public static string DevcorpusDir => Path.Combine(SharedDir, "devcorpus");

    static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Bot.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("Bot.sln not found above " + AppContext.BaseDirectory);
    }
}
