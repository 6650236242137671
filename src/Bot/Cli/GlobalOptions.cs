using System.CommandLine;

namespace Bot.Cli;

/// <summary>Options every verb takes.</summary>
public static class GlobalOptions
{
    public static readonly Option<string?> Db = new("--db") { Description = "SQLite store to use (default: Knowledge:DbPath).", Recursive = true };
    public static readonly Option<bool> NoSeed = new("--no-seed") { Description = "A store created by this call is not seeded from data/.", Recursive = true };
    public static readonly Option<bool> ReadOnly = new("--read-only") { Description = "Answer from the store without writing to it (no seeding, no migration).", Recursive = true };
    public static readonly Option<bool> Json = new("--json") { Description = "Machine-readable output." };
}
