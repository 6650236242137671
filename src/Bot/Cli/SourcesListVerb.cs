using System.CommandLine;
using Bot.Knowledge.SourceState;
using Bot.Sources;
using Bot.Sources.Polling;
using Bot.Sources.State;

namespace Bot.Cli;

/// <summary>`sources list [--json]`: each configured source with its saved status — last polled, next due, failures, last error.</summary>
public sealed class SourcesListVerb(Lazy<SourcePoller> poller, Lazy<SourceStates> states)
{
    public Command Build()
    {
        var command = new Command("list", "List the configured feeds and pages with their status: last polled, next due, failures in a row, last error.") { GlobalOptions.Json };
        command.SetAction(parse =>
        {
            var rows = poller.Value.Sources.Select(s => (Source: s, State: states.Value.Get(s))).ToList();
            if (parse.GetValue(GlobalOptions.Json)) Console.Out.WriteLine(CliJson.Serialize(rows.Select(r => ToJson(r.Source, r.State))));
            else if (rows.Count == 0) Console.Error.WriteLine("no sources configured: add Sources:Feeds or Sources:Pages to the settings");
            else foreach (var (source, state) in rows) Print(source, state);
            return 0;
        });
        return command;
    }

    static void Print(WatchedSource source, SourceStateRow state)
    {
        Console.Out.WriteLine($"{source.Name} ({source.Kind.ToString().ToLowerInvariant()}) {source.Url}");
        Console.Out.WriteLine($"  every {source.Interval}; last polled {state.LastPolledAt ?? "never"}; next due {state.NextDueAt ?? "now"}; " +
                              $"{state.ItemsSeen} items seen; {state.ConsecutiveFailures} failure(s) in a row");
        if (state.LastError is not null) Console.Out.WriteLine($"  last error: {state.LastError}");
    }

    static Dictionary<string, object?> ToJson(WatchedSource source, SourceStateRow state) => new()
    {
        ["name"] = source.Name, ["kind"] = source.Kind.ToString().ToLowerInvariant(), ["url"] = source.Url.AbsoluteUri,
        ["interval_s"] = source.Interval.TotalSeconds, ["last_polled"] = state.LastPolledAt, ["last_success"] = state.LastSuccessAt,
        ["next_due"] = state.NextDueAt, ["consecutive_failures"] = state.ConsecutiveFailures, ["last_error"] = state.LastError,
        ["items_seen"] = state.ItemsSeen, ["admins_notified"] = state.FailureNotified,
    };
}
