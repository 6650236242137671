using System.CommandLine;
using Bot.Knowledge.SourceState;

namespace Bot.Cli;

/// <summary>`sources import FILE.opml` and `sources export FILE.opml` (or - for standard output): feed lists to and from other readers.</summary>
public sealed class SourcesOpmlVerbs(Lazy<IFeedRegistry> registry)
{
    public IEnumerable<Command> Build() => [Import(), Export()];

    Command Import()
    {
        var file = new Argument<FileInfo>("file") { Description = "An OPML file (from a feed reader)." };
        var command = new Command("import", "Watch every feed of an OPML file; those already watched are left as they are.") { file, GlobalOptions.Json };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(file)!;
            if (!path.Exists) throw new UsageException($"no file {path.FullName}");
            OpmlImport result;
            try
            {
                using var stream = path.OpenRead();
                result = registry.Value.ImportOpml(stream, "opml");
            }
            catch (FeedListException e)
            {
                throw new UsageException($"{path.Name}: {e.Message}");
            }
            if (parse.GetValue(GlobalOptions.Json))
                Console.Out.WriteLine(CliJson.Serialize(new Dictionary<string, object?> { ["added"] = result.Added, ["already_watched"] = result.AlreadyWatched, ["refused"] = result.Refused }));
            else
            {
                Console.Out.WriteLine($"added {result.Added}, already watched {result.AlreadyWatched}, refused {result.Refused.Count}");
                foreach (var line in result.Refused) Console.Error.WriteLine($"refused {line}");
            }
            return 0;
        });
        return command;
    }

    Command Export()
    {
        var file = new Argument<string>("file") { Description = "Where to write the OPML file; - for standard output." };
        var command = new Command("export", "Write the watched feeds and pages as an OPML 2.0 file (with each one's own interval).") { file };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(file)!;
            if (path == "-")
            {
                using var stdout = Console.OpenStandardOutput();
                registry.Value.ExportOpml(stdout);
                return 0;
            }
            using (var stream = File.Create(path)) registry.Value.ExportOpml(stream);
            Console.Error.WriteLine($"wrote {registry.Value.List().Count} source(s) to {Path.GetFullPath(path)}");
            return 0;
        });
        return command;
    }
}
