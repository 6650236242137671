using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Bot.Knowledge.Backup;
using Bot.Knowledge.Storage;

namespace Bot.Cli;

/// <summary>
/// `backup PATH [--json]`: a consistent copy of the store, safe while the bot runs (SQLite's online backup API). The
/// store is not opened as the bot opens it: no seeding, no migration. Restore is a file copy with the bot stopped (README).
/// </summary>
public sealed class BackupVerb(KnowledgeDb db) : IVerb
{
    public Command Build()
    {
        var path = new Argument<string>("path") { Description = "The backup file to write (must not exist yet)." };
        var command = new Command("backup", "Copy the knowledge store to PATH, consistently, even while the bot runs.") { path, GlobalOptions.Json };
        command.SetAction((parse, ct) =>
        {
            var report = StoreBackup.Copy(db.Path, parse.GetValue(path)!, ct);
            Console.Out.WriteLine(parse.GetValue(GlobalOptions.Json)
                ? JsonSerializer.Serialize(new { path = report.Path, bytes = report.Bytes, schemaVersion = report.SchemaVersion, integrity = report.Integrity }, CliJson.Options)
                : string.Create(CultureInfo.InvariantCulture, $"Backed up {db.Path} to {report.Path} ({report.Bytes / 1024.0 / 1024.0:0.0} MB, schema {report.SchemaVersion}, integrity {report.Integrity})"));
            return Task.FromResult(0);
        });
        return command;
    }
}
