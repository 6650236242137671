using System.CommandLine;
using Bot.Sources.Polling;
using Bot.Sources.State;

namespace Bot.Cli;

/// <summary>`sources poll|list`: the feed and page monitor by hand — one pass now, or each source's status.</summary>
public sealed class SourcesVerb(Lazy<SourcePoller> poller, Lazy<SourceStates> states) : IVerb
{
    public Command Build() => new("sources", "Watched feeds and pages (Sources:Feeds, Sources:Pages): poll them now, or list their status.")
    {
        new SourcesPollVerb(poller).Build(),
        new SourcesListVerb(poller, states).Build(),
    };
}
