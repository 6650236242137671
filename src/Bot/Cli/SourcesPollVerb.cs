using System.CommandLine;
using Bot.Sources.Polling;

namespace Bot.Cli;

/// <summary>
/// `sources poll [--json]`: one pass over every configured source now, due or not. Exit 0 even when a source failed —
/// that is the source's state, reported per source — and 1 only when the pass itself could not run.
/// </summary>
public sealed class SourcesPollVerb(Lazy<SourcePoller> lazyPoller)
{
    public Command Build()
    {
        var command = new Command("poll", "Poll every configured feed and page once now and report, per source, items seen/new/ingested/skipped/failed.") { GlobalOptions.Json };
        command.SetAction(async (parse, ct) =>
        {
            var poller = lazyPoller.Value;
            if (poller.Sources.Count == 0)
            {
                Console.Error.WriteLine("no sources configured: add Sources:Feeds or Sources:Pages to the settings");
                if (parse.GetValue(GlobalOptions.Json)) Console.Out.WriteLine(CliJson.Serialize(ToJson(new PollReport([]))));
                return 0;
            }
            var report = await poller.PollAsync(dueOnly: false, ct);
            if (parse.GetValue(GlobalOptions.Json)) Console.Out.WriteLine(CliJson.Serialize(ToJson(report)));
            else Print(report);
            return 0;
        });
        return command;
    }

    static void Print(PollReport report)
    {
        foreach (var s in report.Sources)
        {
            var head = $"{s.Source.Name} ({s.Source.Kind.ToString().ToLowerInvariant()}, {s.Source.Url})";
            switch (s.Status)
            {
                case SourceStatus.Failed:
                    Console.Out.WriteLine($"{head}: FAILED — {s.Error}");
                    continue;
                case SourceStatus.NotModified:
                    Console.Out.WriteLine($"{head}: not modified since the last poll");
                    continue;
            }
            Console.Out.WriteLine($"{head}: {s.Seen} seen, {s.New} new — {s.Ingested} ingested ({s.NewAgreements} new agreements), " +
                                  $"{s.Skipped} skipped, {s.Failed} failed{(s.Deferred > 0 ? $", {s.Deferred} left for the next poll" : "")}");
            foreach (var item in s.Items.Where(i => i.Outcome is not (ItemOutcome.Ingested or ItemOutcome.Deferred)))
                Console.Out.WriteLine($"  {item.Outcome.ToString().ToLowerInvariant()}: {item.Url} — {item.Reason}");
        }
        Console.Out.WriteLine($"total: {report.Ingested} ingested, {report.NewAgreements} new agreements, {report.FailedSources} source(s) failed");
    }

    static Dictionary<string, object> ToJson(PollReport report) => new()
    {
        ["ingested"] = report.Ingested,
        ["new_agreements"] = report.NewAgreements,
        ["failed_sources"] = report.FailedSources,
        ["sources"] = report.Sources.Select(s => new Dictionary<string, object?>
        {
            ["name"] = s.Source.Name, ["kind"] = s.Source.Kind.ToString().ToLowerInvariant(), ["url"] = s.Source.Url.AbsoluteUri,
            ["status"] = s.Status switch { SourceStatus.NotModified => "not_modified", var other => other.ToString().ToLowerInvariant() },
            ["error"] = s.Error, ["seen"] = s.Seen, ["new"] = s.New, ["ingested"] = s.Ingested, ["skipped"] = s.Skipped,
            ["failed"] = s.Failed, ["deferred"] = s.Deferred, ["new_agreements"] = s.NewAgreements,
            ["items"] = s.Items.Select(i => new Dictionary<string, object?>
            {
                ["url"] = i.Url, ["outcome"] = i.Outcome.ToString().ToLowerInvariant(), ["reason"] = i.Reason, ["title"] = i.Title,
                ["new_agreements"] = i.NewAgreements,
            }).ToList(),
        }).ToList(),
    };
}
