namespace Bot.TestKit;

/// <summary>Locations tests need: the repository's data/ folder and the shared devset beside the repository.</summary>
public static class Paths
{
    public static string RepoRoot { get; } = FindRoot();

    public static string DataDir => Path.Combine(RepoRoot, "data");

    /// <summary>../shared/devset/questions.jsonl, when the checkout has shared/ beside it.</summary>
    public static string DevsetFile => Path.Combine(RepoRoot, "..", "shared", "devset", "questions.jsonl");

    static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Bot.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("Bot.sln not found above " + AppContext.BaseDirectory);
    }
}
