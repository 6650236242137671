using System.CommandLine;
using System.Globalization;
using Bot.Knowledge.SourceState;
using Bot.Knowledge.Scheduling;

namespace Bot.Cli;

/// <summary>
/// `sources add URL [--interval 30m] [--name NAME] [--page]`, `sources remove|pause|resume URL|N`: the watched sources
/// managed from the shell, in the same store table the bot polls and its admins manage with /feed_add.
/// </summary>
public sealed class SourcesEditVerbs(Lazy<IFeedRegistry> registry)
{
    public IEnumerable<Command> Build() => [Add(), Change("remove", "Stop watching a source (its number from `sources list`, or its URL).", r => registry.Value.Remove(r)),
        Change("pause", "Keep a source but stop polling it until `sources resume`.", r => registry.Value.Pause(r, true)),
        Change("resume", "Poll a paused source again.", r => registry.Value.Pause(r, false))];

    Command Add()
    {
        var url = new Argument<string>("url") { Description = "The feed's (or with --page, the page's) http(s) address." };
        var interval = new Option<string?>("--interval") { Description = "How often to poll it: 90s, 30m, 2h, 1d, or hh:mm:ss (never below Sources:MinimumInterval)." };
        var name = new Option<string?>("--name") { Description = "Shown in lists and notices (default: the host name)." };
        var page = new Option<bool>("--page") { Description = "A plain page to watch for changes, not an RSS/Atom feed." };
        var command = new Command("add", "Watch a feed or page (stored in the database; the bot picks it up without a restart).") { url, interval, name, page, GlobalOptions.Json };
        command.SetAction(parse =>
        {
            TimeSpan? every = null;
            if (parse.GetValue(interval) is { } text)
                every = IntervalText.TryParse(text, out var parsed) ? parsed : throw new UsageException($"--interval: '{text}' is not a duration such as 30m, 2h or 00:30:00");
            var change = registry.Value.Add(parse.GetValue(url)!, every, "cli", parse.GetValue(page), parse.GetValue(name));
            return Report(parse, change, parse.GetValue(url)!);
        });
        return command;
    }

    Command Change(string verb, string description, Func<string, FeedChange> apply)
    {
        var target = new Argument<string>("source") { Description = "Its number from `sources list`, or its URL." };
        var command = new Command(verb, description) { target, GlobalOptions.Json };
        command.SetAction(parse => Report(parse, apply(parse.GetValue(target)!), parse.GetValue(target)!));
        return command;
    }

    int Report(ParseResult parse, FeedChange change, string asked)
    {
        switch (change.Outcome)
        {
            case FeedOutcome.BadUrl: throw new UsageException($"'{asked}' is not an http or https address");
            case FeedOutcome.NotFound: throw new UsageException($"no watched source '{asked}' (see `sources list`)");
        }
        var feed = change.Feed!;
        if (parse.GetValue(GlobalOptions.Json))
            Console.Out.WriteLine(CliJson.Serialize(new Dictionary<string, object?>
            {
                ["outcome"] = change.Outcome.ToString().ToLowerInvariant(), ["name"] = feed.Name, ["kind"] = feed.Kind, ["url"] = feed.Url,
                ["interval_s"] = feed.Interval.TotalSeconds, ["interval_raised"] = change.IntervalRaised, ["paused"] = feed.Paused,
            }));
        else
        {
            Console.Out.WriteLine($"{change.Outcome.ToString().ToLowerInvariant()}: {feed.Name} ({feed.Kind}) {feed.Url}, every {IntervalText.Format(feed.Interval)}");
            if (change.IntervalRaised) Console.Error.WriteLine($"the interval was raised to the minimum, {IntervalText.Format(registry.Value.MinimumInterval)} (Sources:MinimumInterval)");
        }
        return 0;
    }
}
