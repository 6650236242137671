using System.CommandLine;
using Bot.Knowledge.Model;
using Bot.Knowledge.Search;

namespace Bot.Cli;

/// <summary>`events [--since DATE] [--kind K] [--json]`: visits, talks, sessions, roles and other events the store knows, newest first.</summary>
public sealed class EventsVerb(EventReader events) : IVerb
{
    public Command Build()
    {
        var since = new Option<string?>("--since") { Description = "Only events on or after DATE (YYYY, YYYY-MM or YYYY-MM-DD); undated events are left out." };
        var kind = new Option<string?>("--kind") { Description = $"Only this kind: {string.Join(", ", EventKinds.All)}." };
        var command = new Command("events", "List visits, meetings, commission sessions, roles and other events in the store, newest first.") { since, kind, GlobalOptions.Json };
        command.SetAction(parse =>
        {
            PartialDate? from = null;
            if (parse.GetValue(since) is { } s) from = PartialDate.Parse(s) ?? throw new UsageException($"--since must be YYYY, YYYY-MM or YYYY-MM-DD (got '{s}')");
            var only = parse.GetValue(kind) is { } k ? KindOf(k) : null;
            IEnumerable<Event> list = only is null ? events.All() : events.OfKind(only);
            if (from is { } f) list = list.Where(e => (e.End ?? e.Start) is { } d && d.End >= f.Start);
            if (parse.GetValue(GlobalOptions.Json)) Console.Out.WriteLine(CliJson.Serialize(list.Select(ToJson)));
            else foreach (var e in list) Console.Out.WriteLine(Line(e));
            return 0;
        });
        return command;
    }

    static string KindOf(string kind)
    {
        var lower = kind.Trim().ToLowerInvariant();
        return EventKinds.All.Contains(lower) ? lower
            : throw new UsageException($"unknown kind '{kind}'; try {string.Join(", ", EventKinds.All)}");
    }

    static string When(Event e) => e.Start is null ? "undated" : e.End is { } end && end != e.Start ? $"{e.Start}..{end}" : e.Start.ToString()!;

    static string Line(Event e)
    {
        var who = string.Join(", ", e.Actors.Select(a => a.Name));
        var with = e.Counterparts.Count == 0 ? "" : " → " + string.Join(", ", e.Counterparts.Select(a => a.Name));
        var place = e.Place is null ? "" : $" ({e.Place.Name})";
        var status = e.Status == EventStatuses.Held ? "" : $" [{e.Status}]";
        return $"{When(e),-22}  {e.Kind,-13} {e.Label}{(who.Length == 0 ? "" : " — " + who)}{with}{place}{status}  — {e.Source.Title}";
    }

    static Dictionary<string, object?> Actor(EventActor a) => new()
    {
        ["name"] = a.Name, ["entity"] = a.EntityId, ["country"] = a.Country, ["role"] = a.Role, ["title"] = a.Title,
    };

    static object ToJson(Event e) => new Dictionary<string, object?>
    {
        ["id"] = e.Id, ["kind"] = e.Kind, ["label"] = e.Label, ["start"] = e.Start?.ToString(), ["end"] = e.End?.ToString(),
        ["status"] = e.Status, ["format"] = e.Format, ["ordinal"] = e.Ordinal, ["count"] = e.Count,
        ["actors"] = e.Actors.Select(Actor).ToList(), ["counterparts"] = e.Counterparts.Select(Actor).ToList(),
        ["place"] = e.Place is null ? null : new Dictionary<string, object?> { ["name"] = e.Place.Name, ["entity"] = e.Place.EntityId, ["country"] = e.Place.Country },
        ["role_title"] = e.RoleTitle, ["organisation"] = e.Organisation is null ? null : Actor(e.Organisation),
        ["evidence"] = e.Evidence,
        ["source"] = new Dictionary<string, object?> { ["title"] = e.Source.Title, ["url"] = e.Source.Url, ["date"] = e.Source.Published },
    };
}
