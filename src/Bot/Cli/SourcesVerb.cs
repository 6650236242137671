using System.CommandLine;
using Bot.Sources.Polling;

namespace Bot.Cli;

/// <summary>`sources poll|list`: the feed and page monitor by hand — one pass now, or each source's status.</summary>
public sealed class SourcesVerb(StoreOpener opener, SourcePoller poller) : IVerb
{
    public Command Build() => new("sources", "Watched feeds and pages (Sources:Feeds, Sources:Pages): poll them now, or list their status.")
    {
        new SourcesPollVerb(opener, poller).Build(),
        new SourcesListVerb(opener, poller).Build(),
    };
}
