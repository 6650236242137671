using System.CommandLine;
using Bot.Knowledge.Scheduling;
using Bot.Knowledge.SourceState;

namespace Bot.Cli;

/// <summary>
/// `sources list [--json]`: each watched source (configured or added at run time, paused ones marked) with its saved
/// status — interval, last polled, next due, failures in a row, last error.
/// </summary>
public sealed class SourcesListVerb(Lazy<IFeedRegistry> registry, Lazy<SourceStateStore> states)
{
    public Command Build()
    {
        var command = new Command("list", "List the watched feeds and pages with their status: interval, last polled, next due, failures in a row, last error.") { GlobalOptions.Json };
        command.SetAction(parse =>
        {
            var feeds = registry.Value.List();
            if (parse.GetValue(GlobalOptions.Json)) Console.Out.WriteLine(CliJson.Serialize(feeds.Select(f => ToJson(f, states.Value.Find(f.Key)))));
            else if (feeds.Count == 0) Console.Error.WriteLine("no sources configured: add one with `sources add URL`, or Sources:Feeds / Sources:Pages in the settings");
            else foreach (var feed in feeds) Print(feed);
            return 0;
        });
        return command;
    }

    static void Print(FeedStatus f)
    {
        Console.Out.WriteLine($"{f.Number}. {f.Name} ({f.Kind}{(f.Paused ? ", paused" : "")}) {f.Url}");
        Console.Out.WriteLine($"  every {IntervalText.Format(f.Interval)}; last polled {Stamp(f.LastPolled) ?? "never"}; next due {(f.Paused ? "paused" : Stamp(f.NextPoll) ?? "now")}; " +
                              $"{f.Failures} failure(s) in a row; from {f.Origin}");
        if (f.LastError is not null) Console.Out.WriteLine($"  last error: {f.LastError}");
    }

    static string? Stamp(DateTimeOffset? at) => at?.ToUniversalTime().ToString("yyyy-MM-dd HH:mm:ss 'UTC'", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The keys of the first version kept as they were (a contract for scripts); number, paused and origin added.</summary>
    static Dictionary<string, object?> ToJson(FeedStatus f, SourceStateRow? state) => new()
    {
        ["number"] = f.Number, ["name"] = f.Name, ["kind"] = f.Kind, ["url"] = f.Url, ["interval_s"] = f.Interval.TotalSeconds, ["paused"] = f.Paused,
        ["origin"] = f.Origin, ["last_polled"] = f.LastPolled, ["next_due"] = f.Paused ? null : f.NextPoll, ["consecutive_failures"] = f.Failures,
        ["last_error"] = f.LastError, ["last_success"] = state?.LastSuccessAt, ["items_seen"] = state?.ItemsSeen ?? 0,
        ["admins_notified"] = state?.FailureNotified ?? false,
    };
}
