namespace Bot.Knowledge;

/// <summary>Where the store lives and what seeds it (section "Knowledge").</summary>
public sealed class KnowledgeOptions
{
    public const string Section = "Knowledge";

    /// <summary>SQLite file; empty means the user's local data folder (…/kzbg-bot/knowledge.db).</summary>
    public string DbPath { get; set; } = "";

    /// <summary>The seed folder; empty means the data/ folder shipped beside the program.</summary>
    public string DataPath { get; set; } = "";

    /// <summary>Answer from the store without writing to it (a copy on read-only media, a backup being checked).</summary>
    public bool ReadOnly { get; set; }

    public string ResolvedDbPath => DbPath.Length > 0 ? DbPath
        : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create), "kzbg-bot", "knowledge.db");

    public string ResolvedDataPath => DataPath.Length > 0 ? DataPath : Path.Combine(AppContext.BaseDirectory, "data");
}
