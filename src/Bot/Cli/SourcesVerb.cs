using System.CommandLine;
using Bot.Sources.Polling;
using Bot.Knowledge.SourceState;

namespace Bot.Cli;

/// <summary>`sources poll|list|add|remove|pause|resume|import|export`: the feed and page monitor by hand.</summary>
public sealed class SourcesVerb(Lazy<SourcePoller> poller, Lazy<IFeedRegistry> registry, Lazy<SourceStateStore> states) : IVerb
{
    public Command Build()
    {
        var command = new Command("sources", "Watched feeds and pages (seeded from Sources:Feeds and Sources:Pages, managed at run time): poll, list, add, remove, pause, resume, import and export OPML.")
        {
            new SourcesPollVerb(poller).Build(),
            new SourcesListVerb(registry, states).Build(),
        };
        foreach (var verb in new SourcesEditVerbs(registry).Build().Concat(new SourcesOpmlVerbs(registry).Build())) command.Subcommands.Add(verb);
        return command;
    }
}
